defmodule InventoryTest do
  use ExUnit.Case

  setup_all do
    {:ok, base: [apples: 3, pears: 2]}
  end

  setup %{base: base} do
    [inv: Inventory.new(base)]
  end

  setup :add_one

  defp add_one(%{inv: inv}), do: {:ok, inv: Inventory.add(inv, :plums, 1)}

  test "setup chain", %{inv: inv} do
    assert Inventory.total(inv) == 6
  end

  test "context has the test name", context do
    assert context.test == :"test context has the test name"
    assert context.module == InventoryTest
  end

  describe "with more" do
    setup context do
      %{inv: Inventory.add(context.inv, :apples, 10)}
    end

    test "describe setup runs after module setup", %{inv: inv} do
      assert inv[:apples] == 13
    end
  end

  test "on_exit runs" do
    parent = self()
    on_exit(fn -> send(parent, :done) end)
    assert true
  end
end
