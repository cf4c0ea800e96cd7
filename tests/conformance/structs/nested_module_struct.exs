defmodule Shop do
  defmodule Item do
    defstruct name: "", price: 0
  end

  defmodule Cart do
    defstruct items: []

    def add(%Cart{items: items} = cart, %Item{} = item), do: %Cart{cart | items: [item | items]}
    def total(%Cart{items: items}), do: Enum.reduce(items, 0, fn %Item{price: p}, acc -> acc + p end)
  end

  def demo do
    cart = %Cart{} |> Cart.add(%Item{name: "pen", price: 3}) |> Cart.add(%Item{name: "ink", price: 5})
    {length(cart.items), Cart.total(cart)}
  end
end

IO.inspect(Shop.demo())
IO.inspect(%Shop.Item{name: "x"} |> Map.from_struct())
alias Shop.Item
defmodule UsesAlias do
  alias Shop.Item
  def make, do: %Item{price: 1}
end
IO.inspect(UsesAlias.make())
