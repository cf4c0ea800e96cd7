# Kernel's process functions called remotely, captured and applied.
parent = self()
IO.inspect function_exported?(Kernel, :spawn, 1)
IO.inspect function_exported?(Kernel, :spawn, 3)
IO.inspect function_exported?(Kernel, :spawn_link, 1)
IO.inspect function_exported?(Kernel, :spawn_monitor, 3)
IO.inspect function_exported?(Kernel, :send, 2)
IO.inspect function_exported?(Kernel, :self, 0)
IO.inspect function_exported?(Kernel, :make_ref, 0)
IO.inspect function_exported?(Process, :monitor, 1)
IO.inspect function_exported?(Process, :send_after, 3)
IO.inspect function_exported?(Process, :send_after, 4)

# Captures.
sender = &send/2
IO.inspect sender.(self(), :via_capture)
receive do :via_capture -> IO.puts("capture of send/2") end
me = &self/0
IO.inspect me.() == self()
spawner = &spawn/1
pid = spawner.(fn -> send(parent, :spawned_by_capture) end)
IO.inspect is_pid(pid)
receive do :spawned_by_capture -> IO.puts("capture of spawn/1") end
remote = &Kernel.send/2
remote.(self(), :remote_capture)
receive do :remote_capture -> IO.puts("capture of Kernel.send/2") end

# apply.
apply(Kernel, :send, [self(), :applied])
receive do :applied -> IO.puts("apply Kernel.send") end
{p, r} = apply(Kernel, :spawn_monitor, [fn -> exit(:applied_exit) end])
receive do {:DOWN, ^r, :process, ^p, reason} -> IO.inspect(reason) end
pid = apply(Kernel, :spawn, [Kernel, :send, [parent, :mfa_spawn]])
IO.inspect is_pid(pid)
receive do :mfa_spawn -> IO.puts("spawn/3 of Kernel.send") end

# Passing Process functions around.
ref = Enum.map([fn -> :ok end], &spawn_monitor/1) |> hd() |> elem(1)
receive do {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "mapped spawn_monitor") end
alive = Enum.map([self()], &Process.alive?/1)
IO.inspect alive
