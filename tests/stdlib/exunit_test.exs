defmodule ExUnitSelfTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureIO

  @moduletag :self

  setup do
    {:ok, value: 42}
  end

  test "context from setup and tags", context do
    assert context.value == 42
    assert context.self == true
    assert context.test == :"test context from setup and tags"
  end

  test "assertion errors carry left and right" do
    error = assert_raise ExUnit.AssertionError, fn -> assert 1 + 1 == 3 end
    assert error.left == 2
    assert error.right == 3
    assert error.message == "Assertion with == failed"
  end

  test "refute failure message" do
    error = assert_raise ExUnit.AssertionError, fn -> refute :value end
    assert error.message == "Expected false or nil, got :value"
  end

  test "match failure" do
    error = assert_raise ExUnit.AssertionError, fn -> assert {:ok, _} = {:error, :x} end
    assert error.message == "match (=) failed"
    assert error.right == {:error, :x}
  end

  test "assert_receive failure" do
    error = assert_raise ExUnit.AssertionError, fn -> assert_receive :never, 10 end
    assert error.message =~ "Assertion failed, no matching message after 10ms"
  end

  test "capture_io" do
    assert capture_io(fn -> IO.puts("hi") end) == "hi\n"
    assert capture_io(fn -> IO.write("a"); IO.inspect(:b) end) == "a:b\n"
    assert capture_io("in\n", fn -> IO.write(IO.gets("> ")) end) == "> in\n"
  end

  test "catch helpers" do
    assert catch_throw(throw(1)) == 1
    assert catch_exit(exit(:x)) == :x
    assert catch_error(raise "x") == %RuntimeError{message: "x"}
  end

  describe "describe blocks" do
    setup context do
      {:ok, value: context.value + 1}
    end

    test "run their setup", %{value: value} do
      assert value == 43
    end
  end

  @tag timeout: 1000
  test "tags reach the context", %{timeout: timeout} do
    assert timeout == 1000
  end
end
