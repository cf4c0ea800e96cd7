Code.require_file("script.exs")

# Each entry runs in an evaluator process: self() stays the same from entry
# to entry until an interrupt or an exit signal replaces the evaluator.
Script.run([
  "me = self()",
  "me == self()",
  "me == Process.get(:iex_server)",
  "send(self(), :hello)",
  "send(self(), {:two, 2})",
  "flush()",
  {:interrupt_after, 300, "Stream.repeatedly(fn -> :spin end) |> Enum.each(fn _ -> :ok end)"},
  "me == self()",
  "is_pid(me) and not Process.alive?(me)",
  "me = self()",
  "Process.exit(self(), :kill)",
  "me == self()",
  "spawn_link(fn -> exit(:linked_boom) end); Process.sleep(:infinity)",
  {:interrupt_after, 200, "receive do :never -> :ok end"},
  "total = 1 + 1",
  # The evaluator dies between entries: reported before the next prompt,
  # and the next entry runs on a new one.
  "spawn_link(fn -> receive do :go -> exit(:later) end end) |> Process.register(:dier)",
  {:after_exit_of, :dier, "total + 1"},
  "total"
], banner: false)
