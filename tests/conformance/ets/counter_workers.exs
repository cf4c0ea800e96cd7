t = :ets.new(:hits, [:public, :set])
parent = self()
words = ~w(a b c a b a d a)
for w <- words do
  spawn(fn ->
    :ets.update_counter(t, w, {2, 1}, {w, 0})
    send(parent, :ok)
  end)
end
for _ <- words, do: receive(do: (:ok -> :ok))
IO.inspect(:ets.tab2list(t) |> Enum.sort())
IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$2", 1}], [{{:"$1", :"$2"}}]}]) |> Enum.sort())
