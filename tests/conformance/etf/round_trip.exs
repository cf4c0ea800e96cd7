# binary_to_term(term_to_binary(t)) == t for every kind of term.
import Bitwise
terms = [0, -1, 255, 256, 1 <<< 70, -(1 <<< 70), 1 <<< 3000, 1.5, -0.0, :a, :"日本", nil,
         {}, {1, {2, {3}}}, [], [1, 2], 'abc', [1 | 2], "abc", <<1::1>>, <<1, 2, 3::5>>,
         %{}, %{a: 1}, Map.new(1..100, &{&1, to_string(&1)}), %{[1] => {2}, "s" => %{n: nil}},
         List.duplicate(7, 70000), String.duplicate("z", 5000), self(), make_ref(),
         &String.upcase/1, &:lists.map/2, Enum.to_list(1..1000), {:deep, [[[[[[]]]]]]},
         %MapSet{map: %{1 => [], 2 => []}}, 1..10, ~D[2020-01-02]]
for t <- terms do
  b = :erlang.term_to_binary(t)
  back = :erlang.binary_to_term(b)
  IO.inspect({back === t, byte_size(b) == :erlang.external_size(t)})
end
f = :erlang.binary_to_term(:erlang.term_to_binary(&Enum.sum/1))
IO.inspect(f.([1, 2, 3]))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(self())) == self())
r = make_ref()
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary({r, r})) == {r, r})
