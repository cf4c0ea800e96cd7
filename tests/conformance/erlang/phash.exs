# :erlang.phash/2 (the hash :sets version 1 places elements by) of many terms.
import Bitwise
terms = [0, 1, 255, 256, -1, -300, 1_000_000, 4_294_967_296, -4_294_967_297, 1 <<< 70, -(1 <<< 90),
         :a, :ok, :"hello world", :é, [], [1], [1, 2, 3], [300, 1], [:a | :b], 'abc', "", "abc",
         <<1, 2, 3, 4, 5>>, <<1::3>>, <<255, 7::4>>, {}, {1}, {:a, "b", [:c]}, 1.5, -0.0, 0.0, 3.14159,
         %{}, %{a: 1}, [[1], [2, [3]]], {[], {}}]
  |> Enum.map(fn t -> t end)
for t <- terms, do: IO.inspect({t, :erlang.phash(t, 16), :erlang.phash(t, 4_294_967_296), :erlang.phash(t, 1)})
try do
  :erlang.phash(1, 0)
rescue
  e -> IO.inspect(e)
end
try do
  :erlang.phash(1, :a)
rescue
  e -> IO.inspect(e)
end
