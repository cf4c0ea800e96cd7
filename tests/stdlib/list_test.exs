defmodule ListTest do
  use ExUnit.Case, async: true

  test "basics" do
    assert List.first([1, 2]) == 1
    assert List.last([1, 2]) == 2
    assert List.flatten([1, [2, [3]]]) == [1, 2, 3]
    assert List.wrap(nil) == []
    assert List.wrap(1) == [1]
  end

  test "updates" do
    assert List.delete([1, 2, 1], 1) == [2, 1]
    assert List.insert_at([1, 3], 1, 2) == [1, 2, 3]
    assert List.replace_at([1, 2], 0, :x) == [:x, 2]
    assert List.keyfind([a: 1, b: 2], :b, 0) == {:b, 2}
  end

  test "operators" do
    assert [1, 2] ++ [3] == [1, 2, 3]
    assert [1, 2, 3] -- [2] == [1, 3]
    assert hd([1, 2]) == 1
    assert_raise ArgumentError, fn -> hd([]) end
  end
end
