defmodule CheckerTest do
  use ExUnit.Case

  test "custom exception" do
    error = assert_raise Checker.Invalid, fn -> Checker.check!(-1) end
    assert error.value == -1
    assert_raise Checker.Invalid, "invalid value: :x", fn -> Checker.check!(:x) end
    assert_raise Checker.Invalid, ~r/invalid value/, fn -> Checker.check!(:x) end
  end

  test "catch" do
    assert catch_throw(Checker.thrower()) == :ball
    assert catch_exit(Checker.exiter()) == :bye
    assert catch_error(1 + Process.get(:nothing, :a)) == :badarith
  end

  test "ok values" do
    assert Checker.check!(5) == 5
    refute Checker.check!(0) == 1
    assert 1 in [1, 2]
    assert "abc" =~ "b"
  end
end
