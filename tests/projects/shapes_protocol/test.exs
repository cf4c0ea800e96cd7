defmodule ShapeTest do
  use ExUnit.Case

  test "rectangle area" do
    assert Shape.area(%Rect{w: 3, h: 4}) == 12
  end

  test "circle area" do
    assert_in_delta Shape.area(%Circle{r: 1}), 3.14159, 0.0001
  end

  test "not a shape" do
    assert_raise Protocol.UndefinedError, fn -> Shape.area(:nope) end
  end
end
