# Process.spawn/2,4 (:erlang.spawn_opt) with :link and :monitor.
defmodule SO do
  def work(parent, x), do: send(parent, {:work, x})

  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end
end

parent = self()
pid = Process.spawn(fn -> send(parent, :plain) end, [])
IO.inspect is_pid(pid)
receive do :plain -> IO.puts("plain") end

{pid, ref} = Process.spawn(fn -> exit(:monitored) end, [:monitor])
IO.inspect {is_pid(pid), is_reference(ref)}
IO.inspect SO.down(ref)

Process.flag(:trap_exit, true)
pid = Process.spawn(fn -> exit(:linked) end, [:link])
receive do {:EXIT, ^pid, r} -> IO.inspect(r, label: "link") end

{pid, ref} = Process.spawn(fn -> exit(:both) end, [:link, :monitor])
IO.inspect SO.down(ref)
receive do {:EXIT, ^pid, r} -> IO.inspect(r, label: "link and monitor") end
Process.flag(:trap_exit, false)

# The module/function/arguments form.
pid = Process.spawn(SO, :work, [parent, 7], [])
IO.inspect is_pid(pid)
receive do {:work, x} -> IO.inspect(x) end
{_, ref} = Process.spawn(SO, :work, [parent, 8], [:monitor])
receive do {:work, x} -> IO.inspect(x) end
IO.inspect SO.down(ref)

# :erlang.spawn_opt directly, with a heap limit that is not reached.
{pid, ref} = :erlang.spawn_opt(fn -> send(parent, {:small, Enum.sum(1..100)}) end,
                               [:monitor, {:max_heap_size, 1_000_000}])
receive do {:small, s} -> IO.inspect(s) end
IO.inspect SO.down(ref)
IO.inspect is_pid(pid)

# A heap limit that is reached kills the process with :killed.
{_pid, ref} = :erlang.spawn_opt(fn -> Enum.to_list(1..1_000_000) |> length() end,
                                [:monitor, {:max_heap_size, 10_000}])
IO.inspect SO.down(ref), label: "over max_heap_size"
IO.puts("others run on")

# Bad options raise.
try do
  Process.spawn(fn -> :ok end, [:no_such_option])
rescue
  ArgumentError -> IO.puts("ArgumentError for a bad option")
end
