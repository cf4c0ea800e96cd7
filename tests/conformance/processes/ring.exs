# A ring of processes passing a counter around.
defmodule Ring do
  def start(n, rounds) do
    parent = self()
    first = spawn(fn -> first_node(parent, rounds) end)
    last = Enum.reduce(2..n, first, fn _, next -> spawn(fn -> node_loop(next) end) end)
    send(first, {:set_next, last})
    receive do
      {:done, count} -> count
    end
  end

  # The first process counts the rounds.
  def first_node(parent, rounds) do
    next = receive do {:set_next, p} -> p end
    send(next, {:token, 0})
    first_loop(parent, next, rounds)
  end

  def first_loop(parent, next, 1) do
    receive do
      {:token, c} ->
        send(parent, {:done, c})
        send(next, :stop)
    end
  end

  def first_loop(parent, next, rounds) do
    receive do
      {:token, c} ->
        send(next, {:token, c})
        first_loop(parent, next, rounds - 1)
    end
  end

  def node_loop(next) do
    receive do
      {:token, c} ->
        send(next, {:token, c + 1})
        node_loop(next)
      :stop ->
        send(next, :stop)
    end
  end
end

IO.inspect Ring.start(10, 1)
IO.inspect Ring.start(10, 5)
IO.inspect Ring.start(1_000, 10)
IO.inspect Ring.start(2, 1_000)
