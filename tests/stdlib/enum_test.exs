defmodule EnumTest do
  use ExUnit.Case, async: true

  test "map, filter, reduce" do
    assert Enum.map([1, 2, 3], &(&1 * 2)) == [2, 4, 6]
    assert Enum.filter(1..6, &(rem(&1, 2) == 0)) == [2, 4, 6]
    assert Enum.reduce([1, 2, 3], 0, &+/2) == 6
    assert Enum.sum([]) == 0
  end

  test "sorting and grouping" do
    assert Enum.sort([3, 1, 2], :desc) == [3, 2, 1]
    assert Enum.sort_by(["bb", "a", "ccc"], &String.length/1) == ["a", "bb", "ccc"]
    assert Enum.group_by(~w(ant bee cat ape), &String.first/1) == %{"a" => ["ant", "ape"], "b" => ["bee"], "c" => ["cat"]}
    assert Enum.frequencies([:a, :b, :a]) == %{a: 2, b: 1}
  end

  test "chunks, zips and slices" do
    assert Enum.chunk_every([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    assert Enum.zip([1, 2], [:a, :b]) == [{1, :a}, {2, :b}]
    assert Enum.slice(1..10, 2, 3) == [3, 4, 5]
    assert Enum.with_index([:x, :y]) == [{:x, 0}, {:y, 1}]
  end

  test "errors" do
    assert_raise Enum.EmptyError, fn -> Enum.max([]) end
    assert_raise Enum.OutOfBoundsError, fn -> Enum.fetch!([1], 5) end
  end
end
