defmodule ParserTest do
  use ExUnit.Case
  doctest Parser, only: [parse!: 1]

  test "rescue" do
    e = assert_raise Parser.ParseError, fn -> Parser.parse!("x") end
    assert Exception.message(e) == ~s(cannot parse "x")
    assert e.input == "x"
  end
end
