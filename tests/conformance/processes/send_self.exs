# send/2 to self: the message waits in the mailbox; send returns the message.
IO.inspect send(self(), :one)
IO.inspect send(self(), {:two, 2})
IO.inspect Kernel.send(self(), [3])
IO.inspect :erlang.send(self(), "four")
IO.inspect Process.send(self(), 5.0, [])
IO.inspect Process.info(self(), :message_queue_len)

defmodule Box do
  def drain(acc) do
    receive do
      m -> drain([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

IO.inspect Box.drain([])
IO.inspect Process.info(self(), :message_queue_len)

# Any term can be a message, and it arrives equal.
big = Enum.to_list(1..1000)
terms = [big, %{a: [1, 2], b: "bin"}, {:nested, {[1.5], <<1, 2, 3>>}}, :binary.copy("x", 100),
         <<1::3>>, make_ref(), self(), fn x -> x + 1 end, 12345678901234567890]
for t <- terms, do: send(self(), {:term, t})
got = Box.drain([])
IO.inspect length(got)
IO.inspect got == Enum.map(terms, &{:term, &1})
{:term, f} = Enum.at(got, 7)
IO.inspect f.(41)

# Sending to a pid that has ended is not an error.
pid = spawn(fn -> :ok end)
ref = Process.monitor(pid)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
IO.inspect send(pid, :into_the_void)
IO.inspect Process.alive?(pid)

# send to a non-destination raises ArgumentError.
for dest <- [1, "name", {:a, :b, :c}, [self()]] do
  try do
    send(dest, :msg)
    IO.puts("no error")
  rescue
    e in ArgumentError -> IO.puts("ArgumentError: " <> inspect(Exception.message(e)))
  end
end
