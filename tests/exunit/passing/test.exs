defmodule AdderTest do
  use ExUnit.Case
  doctest Adder

  test "adds" do
    assert Adder.add(1, 1) == 2
  end

  test "pending"
end
