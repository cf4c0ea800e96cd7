defmodule IntegerTest do
  use ExUnit.Case, async: true
  require Integer

  test "arithmetic" do
    assert div(7, 2) == 3
    assert rem(-7, 2) == -1
    assert Integer.mod(-7, 2) == 1
    assert Integer.pow(2, 10) == 1024
    assert 2 ** 100 == 1_267_650_600_228_229_401_496_703_205_376
  end

  test "digits and strings" do
    assert Integer.digits(123) == [1, 2, 3]
    assert Integer.to_string(255, 16) == "FF"
    assert Integer.gcd(12, 18) == 6
    assert Integer.is_even(4)
  end

  test "errors" do
    assert_raise ArithmeticError, fn -> div(1, Process.get(:zero, 0)) end
  end
end
