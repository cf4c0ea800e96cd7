# The IEx.Info protocol: the rows i/1 prints.
for term <- [7, 2.5, :ok, "héllo", <<200>>, <<5::4>>, [3], 'hi', [k: :v], {}, %{}, 1..2] do
  IO.inspect(IEx.Info.info(term))
end

IO.inspect(IEx.Info.impl_for(1) != nil)
IO.inspect(IEx.dont_display_result())

# Functions: external (a capture of a named function) or local (fn).
IO.inspect(IEx.Info.info(&Enum.map/2))
IO.inspect(IEx.Info.info(fn x -> x end))
IO.inspect(IEx.Info.info(&IO.puts/1))
