// The schedulers (runtime/scheduler.cpp) with several threads: programs whose
// processes send, link, monitor, exit, register and time out across
// schedulers. Each program checks its own results and raises on a wrong
// one, so the test reads only the exit status. Under ThreadSanitizer (the
// tsan preset) these are the runtime's race checks.
#include <doctest/doctest.h>

#include "runtime/run.h"
#include "runtime/scheduler.h"
#include "runtime/timer_wheel.h"

using namespace vial;

namespace {

int run_on(int schedulers, const char* source) {
  set_scheduler_count(schedulers);
  RunOptions options;
  options.file = "scheduler_test.exs";
  int status = run_script(source, options);
  set_scheduler_count(0);
  return status;
}

const char* kRing = R"(
defmodule Ring do
  def node(next) do
    receive do
      0 -> send(next, 0)
      n -> send(next, n - 1); node(next)
    end
  end
  def start(k, parent) do
    Enum.reduce(1..k, parent, fn _, next -> spawn(fn -> node(next) end) end)
  end
end
first = Ring.start(200, self())
send(first, 20_000)
n = receive do m -> m end
# the token made the rounds and came back as some count
if not is_integer(n), do: raise "ring"
)";

const char* kPingPong = R"(
defmodule PP do
  def echo do
    receive do
      {:ping, from, i} -> send(from, {:pong, i}); echo()
      :stop -> :ok
    end
  end
  def run(_e, 0, acc), do: acc
  def run(e, n, acc) do
    send(e, {:ping, self(), n})
    receive do {:pong, ^n} -> run(e, n - 1, acc + n) end
  end
end
pairs = for _ <- 1..8 do
  parent = self()
  spawn(fn ->
    e = spawn(fn -> PP.echo() end)
    send(parent, {:done, PP.run(e, 2_000, 0)})
    send(e, :stop)
  end)
end
total = Enum.reduce(pairs, 0, fn _, acc -> receive do {:done, s} -> acc + s end end)
if total != 8 * div(2_000 * 2_001, 2), do: raise "pingpong #{total}"
)";

const char* kLinksAndMonitors = R"(
Process.flag(:trap_exit, true)
workers = for i <- 1..200 do
  spawn_link(fn ->
    receive do
      :crash -> exit({:bad, i})
      :stop -> :ok
    end
  end)
end
mons = Enum.map(workers, fn w -> {w, Process.monitor(w)} end)
Enum.each(Enum.with_index(workers), fn {w, i} -> send(w, if(rem(i, 2) == 0, do: :crash, else: :stop)) end)
downs = for {w, ref} <- mons do
  receive do {:DOWN, ^ref, :process, ^w, reason} -> reason end
end
exits = for w <- workers do
  receive do {:EXIT, ^w, reason} -> reason end
end
if downs != exits, do: raise "down/exit reasons differ"
if Enum.count(downs, &(&1 == :normal)) != 100, do: raise "normal exits"
# A chain of links: killing the head takes all of them.
chain = Enum.reduce(1..50, nil, fn _, prev ->
  spawn(fn ->
    if prev, do: Process.link(prev)
    Process.sleep(:infinity)
  end)
end)
ref = Process.monitor(chain)
Process.sleep(20)
Process.exit(chain, :kill)
receive do {:DOWN, ^ref, :process, _, :killed} -> :ok end
)";

const char* kNamesTimersInfo = R"(
parent = self()
ps = for i <- 1..50 do
  spawn(fn ->
    name = String.to_atom("worker_#{i}")
    Process.register(self(), name)
    send(parent, {:registered, i})
    receive do :go -> :ok end
    Process.send_after(parent, {:tick, i}, rem(i, 5))
    receive do :stop -> :ok after 200 -> :ok end
  end)
end
for _ <- ps, do: receive(do: ({:registered, _} -> :ok))
for i <- 1..50, do: send(String.to_atom("worker_#{i}"), :go)
ticks = for _ <- ps, do: receive(do: ({:tick, i} -> i))
if Enum.sort(ticks) != Enum.to_list(1..50), do: raise "ticks"
{:message_queue_len, _} = Process.info(hd(ps), :message_queue_len)
for p <- ps, do: send(p, :stop)
)";

}  // namespace

TEST_CASE("scheduler: a ring of processes across 1, 2 and 4 schedulers") {
  for (int n : {1, 2, 4}) CHECK(run_on(n, kRing) == 0);
}

TEST_CASE("scheduler: ping-pong pairs on 4 schedulers") { CHECK(run_on(4, kPingPong) == 0); }

TEST_CASE("scheduler: links, monitors and exit signals on 4 schedulers") {
  CHECK(run_on(4, kLinksAndMonitors) == 0);
}

TEST_CASE("scheduler: registered names, timers and process_info on 4 schedulers") {
  CHECK(run_on(4, kNamesTimersInfo) == 0);
}

TEST_CASE("scheduler: a failing program ends with status 1") {
  CHECK(run_on(2, "spawn(fn -> :ok end)\nraise \"no\"") == 1);
}

TEST_CASE("timer wheel: fires in deadline order, keeps later rounds, finds the next deadline") {
  TimerWheel<int> w(0);
  CHECK(w.next_deadline() == -1);
  w.add(5, 1);
  w.add(3, 2);
  w.add(5 + TimerWheel<int>::kSlots, 3);  // same slot as 5, next round
  w.add(5, 4);                            // same deadline: in the order added
  w.add(-7, 5);                           // already due: fires at the next advance
  CHECK(w.size() == 5);
  CHECK(w.next_deadline() == 1);
  std::vector<int> fired;
  auto fire = [&](int v) { fired.push_back(v); };
  w.advance(1, fire);
  CHECK(fired == std::vector<int>{5});
  CHECK(w.next_deadline() == 3);
  w.advance(10, fire);
  CHECK(fired == std::vector<int>{5, 2, 1, 4});
  CHECK(w.size() == 1);
  CHECK(w.next_deadline() == 5 + TimerWheel<int>::kSlots);  // the one left, in the next round
  w.add(3000, 6);
  w.advance(1100, fire);
  CHECK(w.next_deadline() == 1100 + TimerWheel<int>::kSlots);  // nothing within a round: look again then
  w.advance(5000, fire);  // a jump of several rounds visits each slot once
  CHECK(fired == std::vector<int>{5, 2, 1, 4, 3, 6});
  CHECK(w.size() == 0);
  // the earliest deadline is remembered between calls: a later timer leaves
  // it, an earlier one replaces it, a firing makes the wheel look again
  w.add(9000, 7);
  CHECK(w.next_deadline() == 5000 + TimerWheel<int>::kSlots);
  w.add(5200, 8);
  CHECK(w.next_deadline() == 5200);
  w.add(5100, 9);
  w.add(5300, 10);
  CHECK(w.next_deadline() == 5100);
  w.advance(5150, fire);
  CHECK(w.next_deadline() == 5200);
}
