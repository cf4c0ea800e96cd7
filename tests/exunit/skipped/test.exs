defmodule SkTest do
  use ExUnit.Case
  @moduletag :unit

  @tag :skip
  test "skipped" do
    assert Sk.x() == 2
  end

  @tag skip: "later"
  test "skipped with reason" do
    assert Sk.x() == 2
  end

  test "runs" do
    assert Sk.x() == 1
    refute Sk.x() == 1
  end

  test "in delta" do
    assert_in_delta 1.0, 1.2, 0.1
  end
end
