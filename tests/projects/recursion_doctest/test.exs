defmodule MyListTest do
  use ExUnit.Case, async: true
  doctest MyList

  test "flatten" do
    assert MyList.flatten([1, [2, [3, [4]]], []]) == [1, 2, 3, 4]
  end

  test "reverse of a long list" do
    list = Enum.to_list(1..10_000)
    assert MyList.reverse(list) == Enum.reverse(list)
    assert MyList.count(list) == 10_000
  end
end
