defmodule TaggedTest do
  use ExUnit.Case

  @tag :slow
  test "slow one" do
    assert Tagged.value() == 1
  end

  @tag kind: "fast"
  test "fast one" do
    assert Tagged.value() == 1
  end

  test "untagged" do
    assert Tagged.value() == 2
  end
end
