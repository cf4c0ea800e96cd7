# An exit signal from another process is not an exception: try/catch does
# not see it and after blocks do not run; exit/1 inside the process is one.
defmodule SNE do
  def guarded(parent) do
    try do
      send(parent, :ready)
      receive do
        :never -> :ok
      end
    catch
      :exit, reason -> send(parent, {:caught, reason})
    after
      send(parent, :after_ran)
    end
  end

  def signal(reason) do
    parent = self()
    {pid, ref} = spawn_monitor(fn -> guarded(parent) end)
    receive do :ready -> :ok end
    Process.exit(pid, reason)
    down = receive do {:DOWN, ^ref, :process, ^pid, r} -> r end
    extra = receive do
      m -> m
    after
      50 -> :nothing_else
    end
    {down, extra}
  end

  def own_exit do
    parent = self()
    {pid, ref} = spawn_monitor(fn ->
      try do
        exit(:own)
      catch
        :exit, reason -> send(parent, {:caught, reason})
      after
        send(parent, :after_ran)
      end
    end)
    first = receive do m -> m end
    second = receive do m -> m end
    down = receive do {:DOWN, ^ref, :process, ^pid, r} -> r end
    {first, second, down}
  end

  def own_exit_uncaught do
    parent = self()
    {pid, ref} = spawn_monitor(fn ->
      try do
        exit(:uncaught)
      after
        send(parent, :after_ran)
      end
    end)
    first = receive do m -> m end
    down = receive do {:DOWN, ^ref, :process, ^pid, r} -> r end
    {first, down}
  end
end

IO.inspect SNE.signal(:boom)
IO.inspect SNE.signal(:kill)
IO.inspect SNE.own_exit()
IO.inspect SNE.own_exit_uncaught()
