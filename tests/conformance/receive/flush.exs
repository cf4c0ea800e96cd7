# The flush idiom: take every message, then stop at once when none is left.
defmodule Mailbox do
  def flush do
    receive do
      _ -> flush()
    after
      0 -> :ok
    end
  end

  def drain(acc \\ []) do
    receive do
      m -> drain([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def count(n \\ 0) do
    receive do
      _ -> count(n + 1)
    after
      0 -> n
    end
  end
end

for i <- 1..5, do: send(self(), i)
IO.inspect(Mailbox.flush())
IO.inspect(Mailbox.drain())

send(self(), :a)
send(self(), {:b, [1, 2]})
send(self(), "c")
IO.inspect(Mailbox.drain())

for i <- 1..1000, do: send(self(), {:n, i})
IO.inspect(Mailbox.count())
IO.inspect(Mailbox.count())

# A flush written inline with an anonymous function that calls itself.
for i <- 1..3, do: send(self(), i)
flush = fn f ->
  receive do
    m -> [m | f.(f)]
  after
    0 -> []
  end
end
IO.inspect(flush.(flush))
