t = :ets.new(:s, [:set])
for k <- [:c, :a, :b], do: :ets.insert(t, {k, Atom.to_string(k)})
keys = Stream.unfold(:ets.first(t), fn :"$end_of_table" -> nil; k -> {k, :ets.next(t, k)} end) |> Enum.to_list()
IO.inspect(Enum.sort(keys))
IO.inspect(length(keys))
IO.inspect(:ets.next(t, List.last(keys)))
try do
  :ets.next(t, :zzz)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Enum.sort(:ets.foldl(fn {k, _}, acc -> [k | acc] end, [], t)))
