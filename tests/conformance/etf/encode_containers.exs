# Tuples, lists, strings, binaries, bitstrings and maps.
for t <- [{}, {1, 2}, [], [1, 2], 'abc', [1000], [1 | 2], [256, 1], [:a, "b"], "abc", "",
          <<1::3>>, <<1, 2, 3::4>>, <<255, 7::3>>, %{}, %{a: 1, b: 2}, %{1 => 2, :a => 3, "x" => 4},
          {:ok, [1, {2, "three"}], %{k: [v: 1]}}, List.to_tuple(Enum.to_list(1..3))] do
  IO.inspect(:erlang.term_to_binary(t), limit: :infinity)
end
IO.inspect(:erlang.term_to_binary(Map.new(1..40, &{&1, &1})), limit: :infinity)
IO.inspect(:erlang.term_to_binary(Map.new(1..40, &{"k#{&1}", &1})) |> :erlang.phash2())
IO.inspect(binary_part(:erlang.term_to_binary(List.to_tuple(Enum.to_list(1..300))), 0, 8))
IO.inspect(binary_part(:erlang.term_to_binary(Enum.to_list(1..300)), 0, 8))
IO.inspect(binary_part(:erlang.term_to_binary(List.duplicate(7, 70000)), 0, 8))
IO.inspect(byte_size(:erlang.term_to_binary(String.duplicate("x", 300))))
IO.inspect(:erlang.external_size({1, "abc"}))
IO.inspect(:erlang.external_size(%{a: [1, 2, 3]}))
