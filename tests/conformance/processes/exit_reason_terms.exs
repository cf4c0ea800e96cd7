# Exit reasons of any size and shape reach monitors and trapping links
# intact (they are copied out of the dying process).
defmodule ERT do
  def via_monitor(reason) do
    {pid, ref} = spawn_monitor(fn -> exit(reason) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> r
    end
  end

  def via_link(reason) do
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> exit(reason) end)
    r = receive do
      {:EXIT, ^pid, r} -> r
    end
    Process.flag(:trap_exit, false)
    r
  end

  def built do
    {pid, mref} = spawn_monitor(fn -> exit({:built, Enum.map(1..5, &(&1 * &1)), self()}) end)
    receive do
      {:DOWN, ^mref, :process, ^pid, {:built, squares, from}} -> {squares, from == pid}
    end
  end
end

me = self()
ref = make_ref()
reasons = [
  Enum.to_list(1..10_000),
  Map.new(1..1_000, &{&1, [&1]}),
  :binary.copy("x", 1_000_000),
  Enum.reduce(1..500, :end, &{&1, &2}),
  {:with, me, ref},
  {:float, 2.5, 2 ** 100},
  <<1, 2, 3::4>>
]
for r <- reasons do
  IO.inspect {ERT.via_monitor(r) == r, ERT.via_link(r) == r}
end

# A fun as the reason still works after the trip.
f = fn x -> x * 3 end
g = ERT.via_monitor({:fun, f})
{:fun, h} = g
IO.inspect h.(14)

# The reason built inside the dying process (not shared with the parent).
IO.inspect ERT.via_monitor(nil)
IO.inspect ERT.built()
