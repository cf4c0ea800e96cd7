defmodule IOTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  test "StringIO reads and collects" do
    {:ok, pid} = StringIO.open("abc\ndef")
    assert IO.read(pid, :line) == "abc\n"
    assert IO.gets(pid, "") == "def"
    assert IO.gets(pid, "") == :eof
    IO.write(pid, ["x", ?y, "z"])
    IO.puts(pid, 1)
    assert StringIO.flush(pid) == "xyz1\n"
    assert StringIO.contents(pid) == {"", ""}
    assert StringIO.close(pid) == {:ok, {"", ""}}
  end

  test "StringIO.open/2 with a function" do
    assert StringIO.open("in", fn pid -> IO.write(pid, "out"); StringIO.contents(pid) end) == {:ok, {"in", "out"}}
  end

  test "capture_io returns what was written" do
    assert capture_io(fn -> IO.inspect([1, 2]) end) == "[1, 2]\n"
    assert capture_io(:stderr, fn -> IO.write(:stderr, "err") end) == "err"
    assert capture_io([input: "a\nb\n"], fn -> IO.write(IO.gets("") <> IO.gets("")) end) == "a\nb\n"
  end

  test "spawned processes inherit the group leader" do
    output =
      capture_io(fn ->
        parent = self()
        spawn(fn -> IO.puts("from child"); send(parent, :done) end)
        assert_receive :done
      end)

    assert output == "from child\n"
  end

  test "group leader" do
    gl = Process.group_leader()
    assert is_pid(gl)
    {:ok, pid} = StringIO.open("")
    Process.group_leader(self(), pid)
    IO.write("captured")
    Process.group_leader(self(), gl)
    assert StringIO.contents(pid) == {"", "captured"}
  end

  test "with_io" do
    assert with_io(fn -> IO.write("x"); :result end) == {:result, "x"}
  end
end
