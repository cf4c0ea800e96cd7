defmodule StringTest do
  use ExUnit.Case, async: true

  test "case and trimming" do
    assert String.upcase("abc") == "ABC"
    assert String.capitalize("hELLO") == "Hello"
    assert String.trim("  hi \n") == "hi"
    assert String.pad_leading("7", 3, "0") == "007"
  end

  test "splitting and joining" do
    assert String.split("a,b,,c", ",") == ["a", "b", "", "c"]
    assert String.split("a b  c") == ["a", "b", "c"]
    assert Enum.join(["a", "b"], "-") == "a-b"
    assert String.replace("hello", "l", "L") == "heLLo"
  end

  test "slicing and searching" do
    assert String.slice("hello", 1, 3) == "ell"
    assert String.reverse("abc") == "cba"
    assert String.contains?("hello", "ell")
    refute String.starts_with?("hello", "x")
    assert String.length("héllo") == 5
  end

  test "conversions" do
    assert String.to_integer("42") == 42
    assert Integer.parse("12abc") == {12, "abc"}
    assert_raise ArgumentError, fn -> String.to_integer("x") end
  end
end
