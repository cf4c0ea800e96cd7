defmodule UseAll do
  use Bitwise
  def f(x), do: {x &&& 1, band(x, 2), ~~~x}
end

defmodule UseOps do
  use Bitwise, only_operators: true
  def band(a, b), do: {:local, a, b}
  def f(x), do: {x ||| 8, band(x, 1)}
end

defmodule UseNames do
  use Bitwise, skip_operators: true
  def a &&& b, do: {:local_op, a, b}
  def f(x), do: {bsl(x, 2), x &&& 1}
end

IO.inspect(UseAll.f(3))
IO.inspect(UseOps.f(3))
IO.inspect(UseNames.f(3))
