# Kernel's round/trunc/floor/ceil, put_elem, and :math, as BEAM computes them.
IO.inspect(round(2.5))
IO.inspect(round(-2.5))
IO.inspect(round(2.4999))
IO.inspect(round(7))
IO.inspect(round(1.0e20))
IO.inspect(round(-3.0e25))
IO.inspect(trunc(-7.9))
IO.inspect(trunc(7.9))
IO.inspect(trunc(1.0e19))
IO.inspect(floor(-1.5))
IO.inspect(ceil(-1.5))
IO.inspect(ceil(1.000001))
IO.inspect(put_elem({1, 2, 3}, 0, :a))
IO.inspect(put_elem({1, 2, 3}, 2, {:nested}))
IO.inspect(elem({:a, :b}, 1))
IO.inspect(:erlang.float(3))
IO.inspect(:erlang.tuple_to_list({1, {2}}))
IO.inspect(:erlang.make_tuple(3, :z))
IO.inspect(:erlang.append_element({1}, 2))
IO.inspect(:math.sqrt(16))
IO.inspect(:math.sqrt(2))
IO.inspect(:math.pow(2, 0.5))
IO.inspect(:math.pi())
IO.inspect(:math.sin(0))
IO.inspect(:math.cos(0.0))
IO.inspect(:math.exp(1))
IO.inspect(:math.log(10))
IO.inspect(:math.log2(1024))
IO.inspect(:math.log10(0.001))
IO.inspect(:math.atan2(1, 1))
IO.inspect(:math.floor(-0.5))
IO.inspect(:math.fmod(7.5, 2))
for f <- [fn -> put_elem({1}, 5, 2) end, fn -> round(:a) end, fn -> :math.sqrt(-1) end,
          fn -> :math.log(0) end, fn -> List.to_tuple(:a) end, fn -> :erlang.tuple_to_list(1) end,
          fn -> :math.pow(10.0, 400) end, fn -> :math.sqrt(:x) end] do
  try do
    f.()
  rescue
    ArgumentError -> IO.puts("ArgumentError")
    ArithmeticError -> IO.puts("ArithmeticError")
  end
end
