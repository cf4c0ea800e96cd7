# A long-running supervised service whose code is changed while it serves
# (docs/nodes.md):
#
#     vial run --name shop examples/hotswap/service.exs           # serve forever
#     vial run --name shop examples/hotswap/service.exs --drive 4 # and drive it
#
# Then, from another terminal:
#
#     vial load shop examples/hotswap/stats_v2.ex   # hot-load version 2
#     vial attach shop                              # a REPL inside it: Stats.summary()
#
# With --drive SECONDS, a client process sends the service a steady stream of
# requests for that long, checks every reply, and prints what it saw: how
# many were answered, how many replies came from each version, and whether
# the service's state carried over the upgrade. tests/hotswap/ runs this.
Code.require_file("stats.ex", __DIR__)

defmodule Driver do
  # Sends Stats.record(i) for i = 1, 2, ... until the deadline. Every reply
  # must count i values adding up to 1 + 2 + ... + i: a reply that does not
  # means the state was lost or corrupted.
  def run(seconds) do
    start = System.monotonic_time(:millisecond)
    result = loop(1, start, start + seconds * 1000, start + 1000, %{v1: 0, v2: 0, switches: 0, bad: 0, lost: 0, last: nil})
    elapsed = System.monotonic_time(:millisecond) - start
    sent = result.sent
    answered = result.v1 + result.v2 + result.bad
    IO.puts("sent #{sent}, answered #{answered}, lost #{result.lost}")
    IO.puts("replies: #{result.v1} from version 1, then #{result.v2} from version 2 (switched #{result.switches} time(s))")
    IO.puts("state carried over: #{if result.bad == 0, do: "yes", else: "no (#{result.bad} wrong replies)"}")
    IO.puts("rate: #{div(sent * 1000, max(elapsed, 1))} messages/s")
    IO.puts("summary: " <> Stats.summary())
  end

  defp loop(i, start, deadline, tick, acc) do
    now = System.monotonic_time(:millisecond)

    cond do
      now >= deadline ->
        Map.put(acc, :sent, i - 1)

      now >= tick ->
        IO.puts("driving: #{div(now - start, 1000)}s, #{i - 1} answered")
        loop(i, start, deadline, tick + 1000, acc)

      true ->
        acc =
          try do
            check(Stats.record(i), i, acc)
          catch
            :exit, _ -> %{acc | lost: acc.lost + 1}
          end

        loop(i + 1, start, deadline, tick, acc)
    end
  end

  defp check(reply, i, acc) do
    total = div(i * (i + 1), 2)

    {version, ok} =
      case reply do
        {:v1, ^i, ^total} -> {:v1, true}
        {:v2, ^i, ^total, _max} -> {:v2, true}
        {:v2, _, _, _} -> {:v2, false}
        _ -> {:v1, false}
      end

    acc = if ok, do: Map.update!(acc, version, &(&1 + 1)), else: %{acc | bad: acc.bad + 1}
    switches = if acc.last != nil and acc.last != version, do: acc.switches + 1, else: acc.switches
    %{acc | last: version, switches: switches}
  end
end

{:ok, _} = Supervisor.start_link([Stats], strategy: :one_for_one, name: Shop.Supervisor)

case System.argv() do
  ["--drive", seconds] ->
    IO.puts("ready")
    Driver.run(String.to_integer(seconds))

  [] ->
    IO.puts("ready: #{Stats.summary()}")
    Process.sleep(:infinity)
end
