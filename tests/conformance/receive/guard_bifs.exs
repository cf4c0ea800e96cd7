# Guard builtins on messages: sizes, elements, map keys, binaries.
msgs = [
  {:a, 1, 2},
  %{id: 7},
  "hello world",
  [1, 2, 3, 4],
  {:b},
  %{id: 8, extra: true},
  <<255, 0>>
]
Enum.each(msgs, &send(self(), &1))

f = fn ->
  receive do
    t when is_tuple(t) and tuple_size(t) == 3 and elem(t, 1) < elem(t, 2) -> {:ordered_triple, t}
    m when is_map(m) and map_size(m) > 1 -> {:big_map, Map.keys(m) |> Enum.sort()}
    m when is_map_key(m, :id) -> {:id, m.id}
    s when is_binary(s) and byte_size(s) > 5 -> {:long_binary, binary_part(s, 0, 5)}
    l when is_list(l) and length(l) == 4 and hd(l) == 1 -> {:list4, tl(l)}
    t when is_tuple(t) -> {:tuple, tuple_size(t)}
    <<a, b>> when a > b -> {:bytes, a - b}
  after
    0 -> :done
  end
end
for _ <- 1..8, do: IO.inspect(f.())

# Pinned sizes in binary patterns.
n = 3
send(self(), <<"abcdef">>)
IO.inspect(receive(do: (<<head::binary-size(n), rest::binary>> -> {head, rest})))

# Strings with a prefix.
send(self(), "cmd:stop")
send(self(), "cmd:go")
IO.inspect(receive(do: ("cmd:" <> "go" -> :go)))
IO.inspect(receive(do: ("cmd:" <> c -> c)))
