# A process over its max_heap_size is killed (reason :killed) while the
# others, and the program, run on.
defmodule Grow do
  def build(n, acc) when n > 0, do: build(n - 1, [n | acc])
  def build(0, acc), do: acc

  def down(pid, ref) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def run do
    {pid, ref} = :erlang.spawn_opt(fn -> build(10_000_000, []) end, [:monitor, {:max_heap_size, 100_000}])
    IO.inspect(down(pid, ref), label: "over the limit")

    # The limit from Process.flag/2 inside the process.
    {pid, ref} = spawn_monitor(fn ->
      Process.flag(:max_heap_size, 50_000)
      Enum.to_list(1..5_000_000)
    end)
    IO.inspect(down(pid, ref), label: "flag limit")

    # A sibling under the limit finishes its work meanwhile.
    parent = self()
    {p1, r1} = spawn_monitor(fn -> build(1_000_000, []) end)
    spawn(fn -> send(parent, {:sum, Enum.sum(1..100_000)}) end)
    receive do
      {:sum, s} -> IO.inspect(s, label: "sibling")
    end
    IO.inspect(down(p1, r1), label: "no limit")
    IO.puts("main goes on")
  end
end

Grow.run()
