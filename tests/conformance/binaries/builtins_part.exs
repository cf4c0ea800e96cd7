# binary_part/3, :binary.part/2,3, split_binary, first/last/at.
s = "hello world"
IO.inspect(binary_part(s, 0, 5))
IO.inspect(binary_part(s, 6, 5))
IO.inspect(binary_part(s, 11, 0))
IO.inspect(binary_part(s, 5, -5))
IO.inspect(:binary.part(s, 2, 3))
IO.inspect(:binary.part(s, {4, 3}))
IO.inspect(:erlang.split_binary(s, 5))
IO.inspect(:binary.first(s))
IO.inspect(:binary.last(s))
IO.inspect(:binary.at(s, 4))
long = "this binary is longer than sixty-four bytes, so it lives off the process heap"
part = binary_part(long, 5, 6)
IO.inspect(part)
IO.inspect(byte_size(long))
IO.inspect(binary_part(long, byte_size(long) - 4, 4))
try do
  binary_part(s, 8, 5)
catch
  :error, r -> IO.inspect(r)
end
try do
  :binary.first("")
catch
  :error, r -> IO.inspect(r)
end
