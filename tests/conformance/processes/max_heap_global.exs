# erlang:system_flag(:max_heap_size, N) sets the limit of processes spawned
# afterwards; 0 means none. Process.flag returns the old setting as a map.
defmodule Global do
  def build(n, acc) when n > 0, do: build(n - 1, [n | acc])
  def build(0, acc), do: length(acc)

  def outcome(fun) do
    {pid, ref} = spawn_monitor(fun)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def run do
    old = :erlang.system_flag(:max_heap_size, 60_000)
    IO.inspect(Map.keys(old), label: "keys")
    IO.inspect(outcome(fn -> build(2_000_000, []) end), label: "under a global limit")
    IO.inspect(outcome(fn -> Process.flag(:max_heap_size, 0); build(200_000, []) end), label: "lifted for itself")
    IO.inspect(:erlang.system_flag(:max_heap_size, 0).size, label: "was")
    IO.inspect(outcome(fn -> build(2_000_000, []) end), label: "no limit")
    parent = self()
    spawn(fn ->
      send(parent, Process.flag(:max_heap_size, %{size: 123_456}))
    end)
    receive do
      m -> IO.inspect(m.size, label: "a new process's default")
    end
  end
end

Global.run()
