defmodule Safe do
  def divide(a, b) do
    {:ok, div(a, b)}
  rescue
    ArithmeticError -> {:error, :zero}
  end

  def parse(s) do
    String.to_integer(s)
  rescue
    e in ArgumentError -> {:error, e.__struct__}
  end
end

IO.inspect(Safe.divide(10, 2))
IO.inspect(Safe.divide(1, 0))
IO.inspect(Safe.parse("12"))
IO.inspect(Safe.parse("zz"))
