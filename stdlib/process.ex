# Process, as Elixir 1.14's lib/elixir/lib/process.ex writes it: thin
# wrappers over the :erlang builtins. The process dictionary is
# runtime/builtins/pdict.cpp; spawning, messages, links, monitors, exits,
# registration, timers and process_info are the scheduler's builtins
# (runtime/builtins/process.cpp, docs/processes.md).
defmodule Process do
  defdelegate alive?(pid), to: :erlang, as: :is_process_alive

  defdelegate get(), to: :erlang

  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  defdelegate get_keys(), to: :erlang
  defdelegate get_keys(value), to: :erlang

  def put(key, value) do
    nilify(:erlang.put(key, value))
  end

  def delete(key) do
    nilify(:erlang.erase(key))
  end

  defdelegate exit(pid, reason), to: :erlang

  def sleep(timeout)
      when is_integer(timeout) and timeout >= 0
      when timeout == :infinity do
    receive after: (timeout -> :ok)
  end

  defdelegate send(dest, msg, options), to: :erlang

  def send_after(dest, msg, time, opts \\ []) do
    :erlang.send_after(time, dest, msg, opts)
  end

  defdelegate cancel_timer(timer_ref, options \\ []), to: :erlang

  defdelegate read_timer(timer_ref), to: :erlang

  defdelegate spawn(fun, opts), to: :erlang, as: :spawn_opt

  defdelegate spawn(mod, fun, args, opts), to: :erlang, as: :spawn_opt

  def monitor(item) do
    :erlang.monitor(:process, item)
  end

  defdelegate demonitor(monitor_ref, options \\ []), to: :erlang

  defdelegate list(), to: :erlang, as: :processes

  defdelegate link(pid_or_port), to: :erlang

  defdelegate unlink(pid_or_port), to: :erlang

  # Elixir raises with :erlang.error(exception, [pid_or_port, name]), which
  # only adds the arguments to the stacktrace's first frame.
  def register(pid_or_port, name)
      when is_atom(name) and name not in [nil, false, true, :undefined] do
    :erlang.register(name, pid_or_port)
  catch
    :error, :badarg when node(pid_or_port) != node() ->
      message = "could not register #{inspect(pid_or_port)} because it belongs to another node"
      :erlang.error(ArgumentError.exception(message))

    :error, :badarg ->
      message =
        "could not register #{inspect(pid_or_port)} with " <>
          "name #{inspect(name)} because it is not alive, the name is already " <>
          "taken, or it has already been given another name"

      :erlang.error(ArgumentError.exception(message))
  end

  defdelegate unregister(name), to: :erlang

  # The group leader: where the process's IO goes (runtime/builtins/io.cpp).
  defdelegate group_leader(), to: :erlang

  def group_leader(pid, leader) do
    :erlang.group_leader(leader, pid)
    true
  end

  def whereis(name) do
    nilify(:erlang.whereis(name))
  end

  defdelegate registered(), to: :erlang

  defdelegate flag(flag, value), to: :erlang, as: :process_flag

  def info(pid) do
    nilify(:erlang.process_info(pid))
  end

  def info(pid, spec)

  def info(pid, :registered_name) do
    case :erlang.process_info(pid, :registered_name) do
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(pid, spec) when is_atom(spec) or is_list(spec) do
    nilify(:erlang.process_info(pid, spec))
  end

  defp nilify(:undefined), do: nil
  defp nilify(other), do: other
end
