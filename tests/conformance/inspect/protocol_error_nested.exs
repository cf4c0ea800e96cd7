# A failing impl inside another impl; safe: false; derive with limit; structs: false.
defmodule Inner do
  defstruct [:x]
  defimpl Inspect do
    def inspect(_, _), do: raise(ArgumentError, "inner fails")
  end
end
defmodule Outer do
  defstruct [:inner]
  defimpl Inspect do
    import Inspect.Algebra
    def inspect(%{inner: i}, opts), do: concat(["Outer(", to_doc(i, opts), ")"])
  end
end
defmodule D do
  @derive {Inspect, only: [:a, :b, :c]}
  defstruct [:a, :b, :c, :d]
end
defmodule Main do
  def lines(_text, 0, acc), do: acc
  def lines(<<?\n, rest::binary>>, n, acc), do: lines(rest, n - 1, acc <> "\n")
  def lines(<<c, rest::binary>>, n, acc), do: lines(rest, n, <<acc::binary, c>>)
  def lines(<<>>, _n, acc), do: acc
  def run do
    IO.puts(lines(inspect(%Outer{inner: %Inner{x: 1}}), 11, ""))
    try do
      inspect(%Outer{inner: %Inner{x: 1}}, safe: false)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(%D{a: 1, b: 2, c: 3, d: 4}, limit: 2)
    IO.inspect(Inspect.Algebra.to_doc(%D{a: 1}, %Inspect.Opts{structs: false}) |> Inspect.Algebra.format(80))
    IO.inspect(%RuntimeError{message: "x"})
    IO.inspect([%D{}], pretty: true, width: 10)
  end
end
Main.run()
