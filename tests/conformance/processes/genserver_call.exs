# A hand-written GenServer-like call: a monitor, a reference in the request
# and a selective receive for the reply.
defmodule Srv do
  def start(state), do: spawn(fn -> loop(state) end)

  def loop(state) do
    receive do
      {:call, from, ref, request} ->
        {reply, state} = handle(request, state)
        send(from, {ref, reply})
        loop(state)
      {:cast, request} ->
        {_, state} = handle(request, state)
        loop(state)
    end
  end

  def handle({:push, x}, stack), do: {:ok, [x | stack]}
  def handle(:pop, [x | rest]), do: {{:ok, x}, rest}
  def handle(:pop, []), do: {:empty, []}
  def handle(:size, stack), do: {length(stack), stack}
  def handle(:crash, _), do: raise("server crashed")
  def handle(:stop, _), do: exit(:stopped)

  def call(pid, request, timeout \\ 5_000) do
    ref = Process.monitor(pid)
    send(pid, {:call, self(), ref, request})
    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply
      {:DOWN, ^ref, :process, _, reason} ->
        {:error, reason}
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        :timeout
    end
  end

  def cast(pid, request), do: send(pid, {:cast, request})
end

s = Srv.start([])
IO.inspect Srv.call(s, {:push, 1})
IO.inspect Srv.call(s, {:push, 2})
Srv.cast(s, {:push, 3})
IO.inspect Srv.call(s, :size)
IO.inspect Srv.call(s, :pop)
IO.inspect Srv.call(s, :pop)
IO.inspect Srv.call(s, :pop)
IO.inspect Srv.call(s, :pop)

# Unrelated messages in the caller's mailbox are left alone.
send(self(), {:unrelated, 1})
send(self(), {make_ref(), :stale_reply})
IO.inspect Srv.call(s, {:push, :x})
IO.inspect Process.info(self(), :message_queue_len)
receive do {:unrelated, n} -> IO.inspect(n, label: "unrelated") end
receive do {r, :stale_reply} when is_reference(r) -> IO.puts("stale reply still there") end

# Many calls from many clients.
parent = self()
for i <- 1..20 do
  spawn(fn -> send(parent, {:client, i, Srv.call(s, {:push, i})}) end)
end
oks = for _ <- 1..20, do: (receive do {:client, _, r} -> r end)
IO.inspect Enum.uniq(oks)
IO.inspect Srv.call(s, :size)

# A call to a server that dies: the DOWN message ends the wait.
IO.inspect Srv.call(s, :stop)
IO.inspect Process.alive?(s)
IO.inspect Srv.call(s, :size)

# A timeout, when the server never answers.
silent = spawn(fn -> receive do :never -> :ok end end)
IO.inspect Srv.call(silent, :size, 30)
IO.inspect Process.info(self(), :message_queue_len)
