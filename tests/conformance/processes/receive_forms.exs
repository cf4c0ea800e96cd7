# receive in its different shapes: as a value, with guards, aliases,
# variable :infinity timeouts and receive inside after.
defmodule RF do
  def classify do
    receive do
      n when is_integer(n) and n > 100 -> {:big, n}
      n when is_integer(n) -> {:small, n}
      {:tag, _} = whole -> {:tagged, whole}
      [h | _] -> {:list_head, h}
      other -> {:other, other}
    end
  end

  def wait_with(timeout) do
    receive do
      :msg -> :got_msg
    after
      timeout -> {:timed_out, timeout}
    end
  end

  def nested do
    receive do
      :first -> :first
    after
      0 ->
        receive do
          :second -> :second_in_after
        after
          0 -> :nothing
        end
    end
  end
end

for m <- [500, 5, {:tag, 1}, [:h, :t], "str"], do: send(self(), m)
IO.inspect for _ <- 1..5, do: RF.classify()

# receive is an expression.
send(self(), 21)
doubled = 2 * receive do
  n -> n
end
IO.inspect doubled

# A timeout held in a variable, :infinity or a number.
send(self(), :msg)
IO.inspect RF.wait_with(:infinity)
IO.inspect RF.wait_with(0)
IO.inspect RF.wait_with(5)

# receive inside after.
send(self(), :second)
IO.inspect RF.nested()
IO.inspect RF.nested()

# Variables bound in the clause are used in its body; pinned keys in maps.
key = :wanted
send(self(), %{:other => 1})
send(self(), %{key => 42})
r = receive do
  %{^key => v} -> v * 2
end
IO.inspect r
receive do %{other: 1} -> IO.puts("other map left") end

# Binary patterns and string prefixes.
send(self(), <<1, 2, 3, 4>>)
send(self(), "cmd:run")
receive do
  "cmd:" <> c -> IO.inspect(c, label: "command")
end
receive do
  <<a, b, rest::binary>> -> IO.inspect({a, b, rest})
end

# A receive whose clauses all fail to match leaves the message for later.
send(self(), {:late, 1})
r = receive do
  {:early, x} -> x
after
  10 -> :none
end
IO.inspect r
receive do {:late, x} -> IO.inspect(x, label: "late") end
