# :sys, the system messages OTP processes answer (docs/otp.md): get_state,
# replace_state, suspend/resume, get_status, change_code and terminate, sent
# as `{:system, {pid, ref}, request}` and answered as a :gen call is. The
# :gen_server loop (and so GenServer, Agent, Supervisor, Registry) answers
# them. A failed call exits with `{reason, {:sys, fun, args}}` as OTP's does.
defmodule :sys do
  def get_state(name), do: send_system_msg(name, :get_state, 5000, :get_state, [name])

  def get_state(name, timeout),
    do: send_system_msg(name, :get_state, timeout, :get_state, [name, timeout])

  def replace_state(name, fun) do
    case send_system_msg(name, {:replace_state, fun}, 5000, :replace_state, [name, fun]) do
      {:error, {:callback_failed, _, {kind, reason}}} -> :erlang.raise(kind, reason, [])
      state -> state
    end
  end

  def replace_state(name, fun, timeout) do
    case send_system_msg(name, {:replace_state, fun}, timeout, :replace_state, [name, fun, timeout]) do
      {:error, {:callback_failed, _, {kind, reason}}} -> :erlang.raise(kind, reason, [])
      state -> state
    end
  end

  def get_status(name), do: send_system_msg(name, :get_status, 5000, :get_status, [name])

  def get_status(name, timeout),
    do: send_system_msg(name, :get_status, timeout, :get_status, [name, timeout])

  def suspend(name), do: send_system_msg(name, :suspend, 5000, :suspend, [name])
  def suspend(name, timeout), do: send_system_msg(name, :suspend, timeout, :suspend, [name, timeout])
  def resume(name), do: send_system_msg(name, :resume, 5000, :resume, [name])
  def resume(name, timeout), do: send_system_msg(name, :resume, timeout, :resume, [name, timeout])

  def change_code(name, mod, vsn, extra),
    do: change_code(name, mod, vsn, extra, 5000)

  def change_code(name, mod, vsn, extra, timeout) do
    send_system_msg(name, {:change_code, mod, vsn, extra}, timeout, :change_code, [name, mod, vsn, extra, timeout])
  end

  def terminate(name, reason), do: terminate(name, reason, :infinity)

  def terminate(name, reason, timeout) do
    send_system_msg(name, {:terminate, reason}, timeout, :terminate, [name, reason, timeout])
  end

  defp send_system_msg(name, request, timeout, fun, args) do
    try do
      :gen.call(name, :system, request, timeout)
    catch
      :exit, reason -> exit({reason, {:sys, fun, args}})
    else
      {:ok, result} -> result
    end
  end
end
