# Pinned variables in receive patterns: replies tagged with a reference.
[ref1, ref2] = Enum.map(1..2, fn _ -> make_ref() end)
send(self(), {ref2, :second})
send(self(), {:noise, 1})
send(self(), {ref1, :first})

r1 = receive do
  {^ref1, v} -> v
end
IO.inspect(r1)

r2 = receive do
  {^ref2, v} -> v
end
IO.inspect(r2)
IO.inspect(receive(do: (m -> m)))

# Pins of several variables, and in nested positions.
a = 1
b = :two
send(self(), {:msg, [1, :three]})
send(self(), {:msg, [1, :two]})
IO.inspect(receive(do: ({:msg, [^a, ^b]} -> :both_pinned)))
IO.inspect(receive(do: ({:msg, [^a, other]} -> {:a_pinned, other})))

# A pin in a map key and value.
key = :k
send(self(), %{k: 5, j: 6})
IO.inspect(receive(do: (%{^key => v} -> v)))

# A pin inside a function that receives.
defmodule Waiter do
  def wait_for(tag) do
    receive do
      {^tag, value} -> value
    after
      0 -> :none
    end
  end
end

send(self(), {:x, 1})
send(self(), {:y, 2})
IO.inspect(Waiter.wait_for(:y))
IO.inspect(Waiter.wait_for(:y))
IO.inspect(Waiter.wait_for(:x))
