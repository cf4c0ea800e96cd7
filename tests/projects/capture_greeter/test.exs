defmodule GreeterTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  test "greet prints" do
    assert capture_io(fn -> Greeter.greet("Ann") end) == "Hello, Ann!\n"
  end

  test "ask reads input" do
    assert capture_io("Bob\n", fn -> Greeter.ask() end) == "Name? Hi Bob\n"
  end

  test "stderr" do
    assert capture_io(:stderr, fn -> Greeter.warn("careful") end) == "warning: careful\n"
  end

  test "StringIO" do
    {:ok, pid} = StringIO.open("line one\nline two\n")
    assert IO.gets(pid, "") == "line one\n"
    IO.write(pid, "out")
    assert StringIO.contents(pid) == {"line two\n", "out"}
    assert {:ok, {"line two\n", "out"}} = StringIO.close(pid)
  end
end
