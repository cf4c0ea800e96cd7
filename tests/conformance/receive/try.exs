# Receive inside try, raising in a clause body, and try inside receive.
send(self(), 0)
r =
  try do
    receive do
      n -> 10 / n
    end
  rescue
    e in ArithmeticError -> {:rescued, Exception.message(e)}
  end
IO.inspect(r)

send(self(), {:throw, :ball})
c =
  try do
    receive do
      {:throw, v} -> throw(v)
    end
  catch
    v -> {:caught, v}
  after
    IO.puts("after block")
  end
IO.inspect(c)

send(self(), "abc")
t =
  receive do
    s ->
      try do
        String.to_integer(s)
      rescue
        ArgumentError -> {:not_a_number, s}
      end
  end
IO.inspect(t)

# Raising in an after body.
a =
  try do
    receive do
    after
      0 -> raise "from after"
    end
  rescue
    e -> Exception.message(e)
  end
IO.inspect(a)

# A message that is taken stays taken even when its body raises.
send(self(), :boom)
send(self(), :next)
try do
  receive do
    :boom -> raise ArgumentError, "boom"
  end
rescue
  e -> IO.inspect(e)
end
IO.inspect(receive(do: (m -> m)))
