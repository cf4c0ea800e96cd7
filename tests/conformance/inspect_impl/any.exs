defimpl Inspect, for: Any do
  def inspect(s, _opts), do: "#Any<#{inspect(Map.keys(s))}>"
end
defmodule P do
  defstruct [:a, :b]
end
defmodule Main do
  def run do
    IO.inspect %P{a: 1}
    IO.inspect [%P{}]
    IO.inspect 1..3
    IO.inspect %{a: 1}
  end
end
Main.run()
