# term_to_binary of integers and floats, byte for byte as OTP 25.
import Bitwise
for t <- [0, 1, 255, 256, -1, 2147483647, 2147483648, -2147483648, -2147483649,
          1 <<< 59, (1 <<< 59) - 1, -(1 <<< 59), 1 <<< 60, 1 <<< 64, -(1 <<< 64), 1 <<< 100,
          1.5, -0.0, 0.0, 3.141592653589793, 1.0e300, -2.5e-300] do
  IO.inspect(:erlang.term_to_binary(t), limit: :infinity)
end
IO.inspect(byte_size(:erlang.term_to_binary(1 <<< 2040)))
IO.inspect(:erlang.term_to_binary(1.5, minor_version: 0), limit: :infinity)
IO.inspect(:erlang.term_to_binary(-0.1, minor_version: 0), limit: :infinity)
