# IEx.Helpers.exports/1: a module's functions and macros in iex's columns.
defmodule ExportsSample do
  def alpha, do: 1
  def beta(x), do: x
  def beta(x, y), do: {x, y}
  def a_rather_long_function_name(a, b, c), do: {a, b, c}
  defmacro gamma(x), do: x
  defp hidden, do: :no
  def uses_hidden, do: hidden()
end

defmodule FewExports do
  def one, do: 1
end

defmodule NoExports do
end

IEx.Helpers.exports(ExportsSample)
IO.puts("--")
IEx.Helpers.exports(FewExports)
IO.puts("--")
IEx.Helpers.exports(NoExports)
IO.puts("--")
IO.inspect(IEx.Helpers.exports(FewExports))
IO.puts("--")

# Names longer than 30 characters: the columns stay 35 wide.
defmodule LongNames do
  def a_function_name_that_is_much_longer_than_thirty(x), do: x
  def b(x), do: x
  def c(x), do: x
  def d(x), do: x
  defdelegate e(list), to: Enum, as: :reverse
  defguard is_small(x) when is_integer(x) and x < 10
end

IEx.Helpers.exports(LongNames)
