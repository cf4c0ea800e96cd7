{:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)
parent = self()

pids =
  for i <- 1..3 do
    spawn(fn ->
      {:ok, _} = Registry.register(PubSub, "topic", i)
      {:ok, _} = Registry.register(PubSub, "topic", i * 100)
      send(parent, {:ready, self()})

      receive do
        {:broadcast, msg} -> send(parent, {:got, i, msg})
      end

      receive do
        :stop -> :ok
      end
    end)
  end

for _ <- pids do
  receive do
    {:ready, _} -> :ok
  end
end

IO.inspect(Registry.lookup(PubSub, "topic") |> Enum.map(&elem(&1, 1)) |> Enum.sort())
IO.inspect(Registry.count(PubSub))
IO.inspect(Registry.count_match(PubSub, "topic", :_))

Registry.dispatch(PubSub, "topic", fn entries ->
  for {pid, _} <- Enum.uniq_by(entries, &elem(&1, 0)), do: send(pid, {:broadcast, :hello})
end)

got =
  for _ <- pids do
    receive do
      {:got, i, msg} -> {i, msg}
    end
  end

IO.inspect(Enum.sort(got))
IO.inspect(Registry.match(PubSub, "topic", :"$1", [{:>, :"$1", 50}]) |> Enum.map(&elem(&1, 1)) |> Enum.sort())
IO.inspect(Registry.match(PubSub, "topic", 2) |> length())
{:ok, _} = Registry.register(PubSub, "other", {:tag, 1})
{:ok, _} = Registry.register(PubSub, "other", {:tag, 2})
IO.inspect(Registry.match(PubSub, "other", {:tag, :"$1"}, [{:>=, :"$1", 2}]) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.values(PubSub, "other", self()))
IO.inspect(Registry.unregister_match(PubSub, "other", {:tag, 1}))
IO.inspect(Registry.values(PubSub, "other", self()))
IO.inspect(Registry.keys(PubSub, self()))

[p1 | _] = pids
ref = Process.monitor(p1)
send(p1, :stop)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
IO.inspect(Registry.lookup(PubSub, "topic") |> length())
IO.inspect(Registry.dispatch(PubSub, "nobody", fn _ -> raise "never" end))

try do
  Registry.update_value(PubSub, "topic", & &1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
