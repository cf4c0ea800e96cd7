Code.require_file("script.exs")

# Output goes to the server's group leader: here a StringIO, read afterwards.
{:ok, io} = StringIO.open("")
parent = self()

{pid, ref} =
  spawn_monitor(fn ->
    Process.group_leader(self(), io)
    lines = ["x = [1, 2, 3]", "Enum.sum(x)", "IO.puts(\"from the entry\")", "1 / 0", "x"]
    {:ok, agent} = Agent.start_link(fn -> lines end)

    read = fn prompt, _vars ->
      send(parent, {:prompt, prompt})
      case Agent.get_and_update(agent, fn [h | t] -> {h, t}; [] -> {:eof, []} end) do
        :eof -> :eof
        line -> {:ok, line}
      end
    end

    send(parent, {:returned, IEx.Server.run(read: read, banner: false)})
  end)

receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "server ended")
end

prompts = for {:prompt, p} <- :erlang.process_info(self(), :messages) |> elem(1), do: p
IO.inspect(prompts, label: "prompts")
receive do {:returned, r} -> IO.inspect(r, label: "run returned") end
{_, output} = StringIO.contents(io)
IO.puts("--- the group leader got:")
IO.write(output)

# With colors: true, results carry IEx's syntax colours and errors are red.
{:ok, io2} = StringIO.open("")
{pid2, ref2} =
  spawn_monitor(fn ->
    Process.group_leader(self(), io2)
    lines = ["[1, :a, \"s\", nil]", "1 + :a"]
    {:ok, agent} = Agent.start_link(fn -> lines end)
    read = fn _prompt, _vars ->
      case Agent.get_and_update(agent, fn [h | t] -> {h, t}; [] -> {:eof, []} end) do
        :eof -> :eof
        line -> {:ok, line}
      end
    end
    IEx.Server.run(read: read, banner: false, colors: true)
  end)

receive do {:DOWN, ^ref2, :process, ^pid2, _} -> :ok end
{_, colored} = StringIO.contents(io2)
IO.inspect(colored, label: "colored")

# on_entry: each complete entry once, lines joined.
entries = Agent.start_link(fn -> [] end) |> elem(1)
Script.run(["a = 1", "b = [a,", "  2]", "1 )", "", :interrupt, "b"],
  banner: false, on_entry: fn e -> Agent.update(entries, &[e | &1]) end)
IO.inspect(Enum.reverse(Agent.get(entries, & &1)), label: "entries")
