# Receive inside case, if, cond, fn, and as an operand of other expressions.
send(self(), 1)
send(self(), 2)
send(self(), 3)

x = :go
r =
  case x do
    :go -> receive do n -> {:case, n} end
    _ -> :other
  end
IO.inspect(r)

flag = true
IO.inspect(if flag, do: receive(do: (n -> {:if, n})), else: :no)

IO.inspect(
  cond do
    flag == false -> :no
    true -> receive(do: (n -> {:cond, n}))
  end
)

f = fn tag ->
  receive do
    {^tag, v} -> v
  after
    0 -> {:missing, tag}
  end
end
send(self(), {:t, :fn_value})
IO.inspect(f.(:t))
IO.inspect(f.(:t))

# As operands: tuple elements, list items, call arguments, arithmetic.
for i <- 1..5, do: send(self(), i)
a = 100
t = {a + 1, receive(do: (n -> n)), a, receive(do: (n -> n))}
IO.inspect(t)
IO.inspect([a, receive(do: (n -> n * 10)) | [a]])
IO.inspect(max(receive(do: (n -> n)), a - 99))
IO.inspect(a + receive(do: (n -> n)))

# A receive as a case subject and in a pipe.
send(self(), {:ok, 5})
IO.inspect(
  case receive(do: (m -> m)) do
    {:ok, v} -> v * 2
    _ -> :error
  end
)
send(self(), [3, 1, 2])
receive(do: (l -> l)) |> Enum.sort() |> IO.inspect()

# Inside Enum.map's function.
for i <- 1..3, do: send(self(), {:sq, i})
IO.inspect(Enum.map(1..3, fn _ -> receive(do: ({:sq, i} -> i * i)) end))

# In string interpolation.
send(self(), "world")
IO.puts("hello #{receive(do: (s -> s))}")
