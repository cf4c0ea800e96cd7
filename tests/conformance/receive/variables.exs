# Variables defined before a receive are intact after it, whatever the
# receive did; variables bound in a clause are visible in its body only.
defmodule Vars do
  def run(a, b) do
    c = a * b
    d = [a, b, c]
    send(self(), {:msg, 7})
    r =
      receive do
        {:msg, n} -> n + a
      end
    {a, b, c, d, r}
  end

  def twice(x) do
    send(self(), :one)
    send(self(), :two)
    first = receive do m -> {m, x} end
    y = x + 1
    second = receive do m -> {m, y} end
    {first, second, x, y}
  end

  def shadow(x) do
    send(self(), {:x, 99})
    inner =
      receive do
        {:x, x} -> x
      end
    {x, inner}
  end

  def rebind(x) do
    send(self(), :m)
    x =
      receive do
        :m -> x + 1
      end
    x * 2
  end
end

IO.inspect(Vars.run(3, 4))
IO.inspect(Vars.twice(10))
IO.inspect(Vars.shadow(1))
IO.inspect(Vars.rebind(5))

# At the top level of a script.
s = "string"
l = [1, 2]
send(self(), :ping)
got = receive do :ping -> :pong end
IO.inspect({s, l, got})

# The after body sees the variables from before too.
z = 42
IO.inspect(receive(do: (m -> m), after: (0 -> {:after, z, s})))
