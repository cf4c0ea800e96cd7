defmodule MapTest do
  use ExUnit.Case, async: true

  test "put, get, update" do
    m = %{a: 1}
    assert Map.put(m, :b, 2) == %{a: 1, b: 2}
    assert Map.get(m, :z, :none) == :none
    assert Map.update(m, :a, 0, &(&1 + 1)) == %{a: 2}
    assert Map.update(m, :b, 0, &(&1 + 1)) == %{a: 1, b: 0}
  end

  test "fetch and errors" do
    assert Map.fetch(%{a: 1}, :a) == {:ok, 1}
    assert Map.fetch(%{}, :a) == :error
    assert_raise KeyError, "key :b not found in: %{a: 1}", fn -> Map.fetch!(%{a: 1}, :b) end
  end

  test "merge, take, drop" do
    assert Map.merge(%{a: 1, b: 2}, %{b: 3}) == %{a: 1, b: 3}
    assert Map.take(%{a: 1, b: 2}, [:a]) == %{a: 1}
    assert Map.drop(%{a: 1, b: 2}, [:a]) == %{b: 2}
    assert Map.keys(%{b: 1, a: 2}) |> Enum.sort() == [:a, :b]
  end

  test "update syntax" do
    m = %{a: 1}
    assert %{m | a: 5} == %{a: 5}
    assert_raise KeyError, fn -> %{m | b: 1} end
  end
end
