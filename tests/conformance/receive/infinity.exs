# after :infinity never fires; the receive ends when a message comes,
# here from another process a little later.
parent = self()
spawn(fn ->
  receive do after 20 -> :ok end
  send(parent, :late_message)
end)
r =
  receive do
    :late_message -> :got_it
  after
    :infinity -> :never
  end
IO.inspect(r)

# :infinity from a variable, and a receive with no after waiting the same way.
t = :infinity
spawn(fn -> send(parent, {:value, 5}) end)
IO.inspect(receive(do: ({:value, v} -> v), after: (t -> :never)))
spawn(fn -> send(parent, :plain) end)
IO.inspect(receive(do: (:plain -> :plain_wait)))
