defmodule CalcTest do
  use ExUnit.Case, async: true
  doctest Calc

  setup do
    {:ok, x: 1}
  end

  test "adds", %{x: x} do
    assert Calc.add(x, 2) == 3
  end

  test "fails" do
    assert Calc.add(1, 2) == 4
  end

  describe "group" do
    @tag :slow
    test "match" do
      assert {:ok, _} = {:error, 1}
    end
    test "refute" do
      refute 1
    end
  end
end
