# binary_to_list, list_to_binary, iolist_to_binary, iolist_size, bitstrings.
IO.inspect(:erlang.binary_to_list("abc"))
IO.inspect(:erlang.binary_to_list(<<1, 2, 3, 4, 5>>, 2, 4))
IO.inspect(:binary.bin_to_list(<<200, 0>>))
IO.inspect(:erlang.list_to_binary([104, "el", [108, [111]], ""]))
IO.inspect(:erlang.list_to_binary([]))
IO.inspect(:erlang.iolist_to_binary(["a", ?b, ["c", ["d" | "e"]]]))
IO.inspect(:erlang.iolist_to_binary("already"))
IO.inspect(:erlang.iolist_size(["ab", 1, [2, "cd"]]))
IO.inspect(:erlang.list_to_bitstring([1, <<1::3>>, [<<2::5>>, 7]]))
IO.inspect(:erlang.bitstring_to_list(<<1, 2, 3::4>>))
IO.inspect(:erlang.bitstring_to_list("ok"))
IO.inspect(:binary.copy("ab", 3))
IO.inspect(:binary.copy("x"))
IO.inspect(:binary.decode_unsigned(<<1, 0, 0>>))
IO.inspect(:binary.encode_unsigned(65536))
IO.inspect(:binary.encode_unsigned(0))
for_error = fn f ->
  try do
    f.()
  catch
    :error, r -> IO.inspect(r)
  end
end
for_error.(fn -> :erlang.list_to_binary([1, 256]) end)
for_error.(fn -> :erlang.iolist_to_binary([1, :a]) end)
for_error.(fn -> :erlang.binary_to_list(<<1::3>>) end)
