# Messages of every shape, matched by the clauses' decision tree.
msgs = [
  :atom,
  42,
  3.5,
  "binary",
  <<1, 2, 3>>,
  [1, 2, 3],
  [],
  {:tuple, 1},
  {:tuple, 1, 2},
  %{type: :map, value: 9},
  %{other: 1},
  {:nested, {:deep, [:x, :y]}},
  <<"prefix:", "rest">>,
  'chars'
]
Enum.each(msgs, &send(self(), &1))

classify = fn ->
  receive do
    :atom -> :an_atom
    n when is_integer(n) -> {:int, n}
    f when is_float(f) -> {:float, f}
    "prefix:" <> rest -> {:prefixed, rest}
    <<a, b, c>> -> {:three_bytes, a + b + c}
    s when is_binary(s) -> {:binary, s}
    [h | t] when is_integer(h) -> {:int_list, h, t}
    [] -> :empty_list
    {:tuple, x} -> {:pair, x}
    {:tuple, x, y} -> {:triple, x + y}
    %{type: :map, value: v} -> {:map_value, v}
    %{} = m -> {:map, map_size(m)}
    {:nested, {:deep, [_, second]}} -> {:deep, second}
    other -> {:other, other}
  after
    0 -> :no_more
  end
end

for _ <- 1..(length(msgs) + 1), do: IO.inspect(classify.())

# Repeated variables must be equal; = binds the whole message too.
send(self(), {1, 2})
send(self(), {3, 3})
IO.inspect(receive(do: ({x, x} = whole -> {:same, x, whole})))
IO.inspect(receive(do: (m -> m)))

# Structs.
send(self(), 1..5)
IO.inspect(receive(do: (%Range{first: f, last: l} -> {f, l})))

# Keyword-list messages.
send(self(), [name: "vial", version: 1])
IO.inspect(receive(do: ([name: n, version: v] -> {n, v})))
