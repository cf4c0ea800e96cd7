{:ok, sup} = Task.Supervisor.start_link()
t = Task.Supervisor.async(sup, fn -> :from_sup end)
IO.inspect(Task.await(t))
t = Task.Supervisor.async(sup, Enum, :count, [[1, 2, 3]])
IO.inspect(Task.await(t))

Process.flag(:trap_exit, true)
t = Task.Supervisor.async_nolink(sup, fn -> raise "nolink boom" end)
case Task.yield(t, 1000) do
  {:exit, {%RuntimeError{message: m}, _}} -> IO.inspect({:nolink_exit, m})
end

parent = self()
{:ok, pid} = Task.Supervisor.start_child(sup, fn -> send(parent, :child_ran) end)
receive do
  :child_ran -> IO.puts("child ran")
end
IO.inspect(is_pid(pid))

{:ok, pid} = Task.Supervisor.start_child(sup, fn -> Process.sleep(:infinity) end)
IO.inspect(Task.Supervisor.children(sup) == [pid])
IO.inspect(Task.Supervisor.terminate_child(sup, pid))
IO.inspect(Task.Supervisor.children(sup))
IO.inspect(Task.Supervisor.terminate_child(sup, pid))

IO.inspect(Task.Supervisor.async_stream(sup, 1..4, &(&1 * 3)) |> Enum.to_list())
IO.inspect(Task.Supervisor.async_stream_nolink(sup, [1, 2], fn 1 -> exit(:x); y -> y end) |> Enum.to_list())

{:ok, _} = Task.Supervisor.start_link(name: :named_tasks)
IO.inspect(Task.await(Task.Supervisor.async(:named_tasks, fn -> :named end)))
IO.inspect(Task.Supervisor.child_spec(name: :foo))
Process.sleep(20)
IO.inspect(DynamicSupervisor.count_children(:named_tasks))
