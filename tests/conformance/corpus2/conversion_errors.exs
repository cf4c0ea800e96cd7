# The exceptions of conversions given bad input, as Elixir 1.14 raises them:
# :lists.reverse/1 clauses, Atom.to_string/to_charlist without a guard,
# List.to_string/to_charlist and String.to_charlist (UnicodeConversionError
# messages), binary_to_atom's encodings.
calls = [
  fn -> :lists.reverse(:x) end,
  fn -> :lists.reverse([1 | 2]) end,
  fn -> :lists.reverse([1, 2 | 3]) end,
  fn -> :lists.reverse([1, 2, 3 | 4]) end,
  fn -> :lists.reverse([1, 2, 3]) end,
  fn -> Atom.to_string("a") end,
  fn -> Atom.to_charlist(1) end,
  fn -> List.to_string([-1]) end,
  fn -> List.to_string([97, 0x110000, 98]) end,
  fn -> List.to_string([97, <<0xFF>>]) end,
  fn -> List.to_string([97, <<0xE2, 0x82>>]) end,
  fn -> List.to_string(["ok", [104 | "i"], ?!]) end,
  fn -> List.to_string([:a]) end,
  fn -> List.to_charlist([97, "é", [98]]) end,
  fn -> List.to_charlist([:b]) end,
  fn -> List.to_charlist([-5]) end,
  fn -> to_string([104, 105]) end,
  fn -> to_string([0x110000]) end,
  fn -> IO.chardata_to_string([97, <<0xFF>>]) end,
  fn -> "#{[104, -1]}" end,
  fn -> String.to_charlist(<<97, 255>>) end,
  fn -> String.to_charlist(<<97, 0xE2, 0x82>>) end,
  fn -> String.to_charlist("héllo") end,
  fn -> :erlang.binary_to_atom(<<255>>, :utf8) end,
  fn -> :erlang.binary_to_atom(<<255>>) end,
  fn -> String.to_atom(<<255>>) end,
  fn -> :erlang.binary_to_atom(<<255>>, :latin1) end,
  fn -> :erlang.binary_to_atom("a", :bad) end,
  fn -> :erlang.binary_to_existing_atom(<<0xC3>>, :utf8) end,
  fn -> :erlang.binary_to_atom(<<0xC3, 0xA9>>) end,
  fn -> :erlang.binary_to_atom(1, :utf8) end
]

for {f, i} <- Enum.with_index(calls) do
  try do
    IO.inspect({i, f.()})
  rescue
    e -> IO.inspect({i, e})
  end
end
