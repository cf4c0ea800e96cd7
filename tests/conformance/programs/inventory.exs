defmodule Inventory do
  defmodule Item do
    @enforce_keys [:sku, :name]
    defstruct [:sku, :name, qty: 0, price: 0.0, tags: MapSet.new()]
  end

  def new, do: %{}

  def add(inv, %Item{sku: sku} = item) do
    if Map.has_key?(inv, sku), do: {:error, :duplicate}, else: {:ok, Map.put(inv, sku, item)}
  end

  def restock(inv, sku, n) when n > 0 do
    case inv do
      %{^sku => item} -> {:ok, %{inv | sku => %{item | qty: item.qty + n}}}
      _ -> {:error, {:unknown_sku, sku}}
    end
  end

  def value(inv), do: inv |> Map.values() |> Enum.map(&(&1.qty * &1.price)) |> Enum.sum()

  def report(inv) do
    inv
    |> Map.values()
    |> Enum.sort_by(& &1.sku)
    |> Enum.map(fn %Item{} = i -> "#{i.sku}\t#{i.name}\t#{i.qty}\t#{:erlang.float_to_binary(i.price * 1.0, decimals: 2)}" end)
  end
end

defmodule Main do
  def run do
    alias Inventory.Item
    inv = Inventory.new()
    {:ok, inv} = Inventory.add(inv, %Item{sku: "B-2", name: "Bolt", qty: 100, price: 0.05})
    {:ok, inv} = Inventory.add(inv, %Item{sku: "A-1", name: "Anvil", qty: 2, price: 150.0})
    IO.inspect(Inventory.add(inv, %Item{sku: "A-1", name: "Again"}))
    {:ok, inv} = Inventory.restock(inv, "B-2", 50)
    IO.inspect(Inventory.restock(inv, "Z-9", 1))
    Enum.each(Inventory.report(inv), &IO.puts/1)
    IO.puts("Total: #{Float.round(Inventory.value(inv), 2)}")
    try do
      struct!(Item, sku: "X")
    rescue
      e in ArgumentError -> IO.puts("error: " <> Exception.message(e))
    end
    IO.inspect(%Item{sku: "C", name: "Cog"})
    item = %Item{sku: "C", name: "Cog"}
    IO.inspect(Map.keys(item) |> Enum.sort())
    IO.inspect(match?(%Item{qty: 0}, item))
    IO.inspect(is_struct(item, Item))
    m = MapSet.new([3, 1, 2, 3])
    IO.inspect(m)
    IO.inspect(MapSet.member?(m, 2))
    IO.inspect(MapSet.union(m, MapSet.new([9])) |> MapSet.to_list())
    IO.inspect(MapSet.size(m))
  end
end

Main.run()
