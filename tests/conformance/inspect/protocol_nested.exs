# Structs with a user impl nested in lists, tuples, maps, keyword lists and
# other structs.
defmodule Money do
  defstruct [:amount, :currency]
end

defimpl Inspect, for: Money do
  def inspect(%Money{amount: a, currency: c}, _opts), do: "#Money<#{a} #{c}>"
end

defmodule Wallet do
  defstruct owner: "nobody", cash: []
end

defmodule Main do
  def run do
    m = %Money{amount: 10, currency: :EUR}
    IO.inspect([m, m])
    IO.inspect({:ok, m})
    IO.inspect(%{total: m})
    IO.inspect(%{m => 1})
    IO.inspect([price: m, tax: %Money{amount: 2, currency: :EUR}])
    IO.inspect(%Wallet{owner: "ann", cash: [m]})
    IO.inspect([1, [2, [3, {m}]]])
    IO.inspect([m | :tail])
    IO.inspect(%{a: %{b: %{c: m}}})
    IO.inspect({1, 2.0, "three", 'four', m})
  end
end

Main.run()
