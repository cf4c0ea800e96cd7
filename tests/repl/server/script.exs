# Drives IEx.Server.run/1 with a scripted read function (no terminal): each
# line is echoed after its prompt, as a terminal would show it.
defmodule Script do
  def run(lines, opts \\ []) do
    {:ok, agent} = Agent.start_link(fn -> lines end)

    read = fn prompt, vars ->
      IO.write(prompt)

      case Agent.get_and_update(agent, fn [h | t] -> {h, t}; [] -> {:eof, []} end) do
        :eof ->
          IO.write("\n")
          :eof

        :interrupt ->
          IO.write("^C\n")
          :interrupt

        {:interrupt_after, ms, line} ->
          server = self()
          spawn(fn -> Process.sleep(ms); send(server, {IEx.Server, :interrupt}) end)
          IO.write(line <> "\n")
          {:ok, line}

        {:after_exit_of, name, line} ->
          # The process registered as `name` is linked to the evaluator: it
          # is told to exit, and the line comes once the evaluator is gone.
          pid = Process.whereis(name)
          {:links, [evaluator]} = Process.info(pid, :links)
          ref = Process.monitor(evaluator)
          send(pid, :go)
          receive do
            {:DOWN, ^ref, :process, _, _} -> :ok
          end
          IO.write(line <> "\n")
          {:ok, line}

        {:vars, line} ->
          IO.write(line <> "    # vars: " <> inspect(Enum.sort(vars)) <> "\n")
          {:ok, line}

        line ->
          IO.write(line <> "\n")
          {:ok, line}
      end
    end

    result = IEx.Server.run(Keyword.merge([read: read], opts))
    Agent.stop(agent)
    result
  end
end
