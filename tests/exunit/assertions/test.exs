defmodule FTest do
  use ExUnit.Case

  test "in" do
    assert 7 in [1, 2, 3]
  end

  test "match?" do
    assert match?({:ok, _}, L.v())
  end

  test "pin" do
    x = 1
    assert ^x = 2
  end

  test "truthy" do
    assert L.v()[:missing]
  end

  test "message" do
    assert 1 == 2, "custom message"
  end

  test "no exception" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "wrong message" do
    assert_raise RuntimeError, "expected", fn -> raise "actual" end
  end

  test "greater" do
    assert 1 > 2
  end

  test "not equal" do
    assert L.v() != L.v()
  end

  test "refute match" do
    refute match?(%{name: _}, L.v())
  end

  test "struct compare" do
    assert L.v() == %{name: "y", list: [1, 2, 3, 4, 5]}
  end

  test "flunk" do
    flunk("nope")
  end

  test "catch_throw nothing" do
    catch_throw(:ok)
  end

  test "strings" do
    assert "hello world" =~ "bye"
  end
end
