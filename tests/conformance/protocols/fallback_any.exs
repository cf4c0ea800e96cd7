defprotocol Describe do
  @fallback_to_any true
  @doc "Describes a term"
  def describe(term)
end

defimpl Describe, for: Any do
  def describe(_), do: "something"
end

defimpl Describe, for: Integer do
  def describe(n), do: "the integer #{n}"
end

defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    IO.puts(Describe.describe(3))
    IO.puts(Describe.describe(:a))
    IO.puts(Describe.describe(%Point{}))
    IO.puts(Describe.describe([1, 2]))
    IO.inspect(Describe.impl_for(%Point{}))
    IO.inspect(Describe.impl_for({}))
    IO.inspect(Describe.impl_for(5))
    IO.inspect(Describe.Any.__impl__(:for))
    IO.inspect(Describe.Any.__impl__(:protocol))
  end
end

Main.run()
