# An exit propagates through a chain of links; a trapping process in the
# chain stops it.
defmodule Chain do
  # Builds a chain of n linked processes below the caller; the last one waits
  # for :crash and exits with :chain_broken. Returns the pids, first first.
  def build(0, parent) do
    send(parent, {:last, self()})
    receive do
      :crash -> exit(:chain_broken)
    end
  end

  def build(n, parent) do
    pid = spawn_link(fn -> build(n - 1, parent) end)
    send(parent, {:link, n, pid})
    Process.sleep(:infinity)
  end

  def collect(0, acc), do: acc
  def collect(n, acc) do
    receive do
      {:link, k, pid} -> collect(n - 1, [{k, pid} | acc])
    end
  end

  def down(ref, wait \\ 1_000) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    after
      wait -> :alive
    end
  end

  def run(n) do
    parent = self()
    head = spawn(fn -> build(n, parent) end)
    pids = collect(n, []) |> Enum.sort() |> Enum.map(&elem(&1, 1))
    last = receive do {:last, p} -> p end
    all = [head | pids]
    refs = Enum.map(all, &Process.monitor/1)
    IO.inspect length(all), label: "processes in the chain"
    send(last, :crash)
    reasons = Enum.map(refs, &down/1)
    IO.inspect Enum.uniq(reasons), label: "reasons"
    IO.inspect Enum.any?(all, &Process.alive?/1), label: "any alive"
  end

  # The middle process traps exits: it and everything above it live on.
  def trapped_middle do
    parent = self()
    top = spawn(fn ->
      mid = spawn_link(fn ->
        Process.flag(:trap_exit, true)
        bottom = spawn_link(fn ->
          receive do :crash -> exit(:bottom_crash) end
        end)
        send(parent, {:bottom, bottom})
        receive do
          {:EXIT, ^bottom, reason} -> send(parent, {:mid_trapped, reason})
        end
        receive do :stop -> :ok end
      end)
      send(parent, {:mid, mid})
      Process.sleep(:infinity)
    end)
    mid = receive do {:mid, m} -> m end
    bottom = receive do {:bottom, b} -> b end
    tref = Process.monitor(top)
    send(bottom, :crash)
    receive do {:mid_trapped, r} -> IO.inspect(r, label: "middle trapped") end
    IO.inspect {Process.alive?(top), Process.alive?(mid), Process.alive?(bottom)}
    # A :normal end of the middle does not take the top down.
    send(mid, :stop)
    IO.inspect down(tref, 200), label: "top after middle ended normally"
    Process.exit(top, :kill)
    IO.inspect down(tref), label: "top killed"
  end
end

Chain.run(5)
Chain.run(100)
Chain.trapped_middle()
