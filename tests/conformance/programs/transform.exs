orders = [
  %{id: 1, customer: "ann", items: [%{sku: "A1", qty: 2, price: 10}, %{sku: "B2", qty: 1, price: 25}], status: :shipped},
  %{id: 2, customer: "bob", items: [%{sku: "A1", qty: 5, price: 10}], status: :pending},
  %{id: 3, customer: "ann", items: [%{sku: "C3", qty: 1, price: 99}], status: :shipped},
  %{id: 4, customer: "cid", items: [], status: :cancelled}
]

total = fn order -> Enum.reduce(order.items, 0, fn i, acc -> acc + i.qty * i.price end) end

IO.inspect(Enum.map(orders, &{&1.id, total.(&1)}))
by_customer =
  orders
  |> Enum.group_by(& &1.customer, total)
  |> Map.new(fn {c, totals} -> {c, Enum.sum(totals)} end)
IO.inspect(by_customer)
IO.inspect(orders |> Enum.filter(&(&1.status == :shipped)) |> Enum.map(& &1.id))
sku_qty =
  for o <- orders, i <- o.items, reduce: %{} do
    acc -> Map.update(acc, i.sku, i.qty, &(&1 + i.qty))
  end
IO.inspect(sku_qty)
IO.inspect(Enum.split_with(orders, &(&1.items == [])) |> then(fn {a, b} -> {length(a), length(b)} end))
IO.inspect(orders |> Enum.sort_by(total, :desc) |> Enum.map(& &1.id))
IO.inspect(orders |> Enum.map(& &1.status) |> Enum.frequencies())
IO.inspect(Map.keys(hd(orders)) |> Enum.sort())
IO.inspect(Map.take(hd(orders), [:id, :status]))
IO.inspect(Map.drop(hd(orders), [:items]))
IO.inspect(put_in(hd(orders), [:status], :returned).status)
IO.inspect(update_in(%{a: %{b: 1}}, [:a, :b], &(&1 + 1)))
IO.inspect(get_in(%{a: %{b: [1, 2]}}, [:a, :b]))
IO.inspect(Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4}, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3]))
IO.inspect(Keyword.get([a: 1], :b, :default))
IO.inspect(Enum.zip([:a, :b], [1, 2]) |> Map.new())
IO.inspect(Enum.into([x: 1], %{y: 2}))
IO.inspect(Map.to_list(%{b: 2, a: 1}))
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(Enum.reduce(1..5, [], &[&1 * &1 | &2]) |> Enum.reverse())
IO.inspect(Enum.flat_map(1..3, &List.duplicate(&1, &1)))
IO.inspect(Map.get_and_update(%{a: 1}, :a, fn v -> {v, v + 1} end))
IO.inspect(Map.update!(%{a: 1}, :a, &(&1 * 10)))
IO.inspect(Map.pop(%{a: 1, b: 2}, :a))
IO.inspect(Enum.min_max_by([3, 1, 2], & &1) )
