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
