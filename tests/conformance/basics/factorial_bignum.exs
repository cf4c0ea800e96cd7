defmodule Fact do
  def of(0), do: 1
  def of(n), do: n * of(n - 1)
end

IO.puts(Fact.of(5))
IO.puts(Fact.of(20))
IO.puts(Fact.of(21))
IO.puts(Fact.of(30))
IO.puts(Fact.of(30) - Fact.of(29) * 30)
IO.puts(div(Fact.of(25), Fact.of(23)))
IO.puts(-Fact.of(22))
