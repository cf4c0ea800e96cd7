# spawn/3 of a function that does not exist: the new process exits with
# :undef; the caller only gets a pid.
defmodule Probe do
  def run(fun) do
    {pid, ref} = spawn_monitor(fun)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def run3(m, f, a) do
    {pid, ref} = spawn_monitor(m, f, a)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end

defmodule Here do
  def one(x), do: x
end

case Probe.run3(Here, :missing, [1, 2]) do
  {:undef, [{Here, :missing, [1, 2], _} | _]} -> IO.puts("undef: Here.missing/2 with its arguments")
  other -> IO.inspect(other, label: "unexpected")
end

case Probe.run3(NoSuchModule, :f, []) do
  {:undef, [{NoSuchModule, :f, [], _} | _]} -> IO.puts("undef: NoSuchModule.f/0")
  other -> IO.inspect(other, label: "unexpected")
end

# Wrong arity is undef too.
case Probe.run3(Here, :one, []) do
  {:undef, [{Here, :one, [], _} | _]} -> IO.puts("undef: Here.one/0")
  other -> IO.inspect(other, label: "unexpected")
end

# A right call ends normally.
IO.inspect Probe.run3(Here, :one, [1])
IO.inspect Probe.run(fn -> :done end)
