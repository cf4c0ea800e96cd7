# :timer.sleep/1 as OTP 25's timer.erl writes it: a receive that takes no
# message and waits (the process leaves its scheduler; nothing blocks a
# thread), at most 2^32 - 1 ms at a time (a longer `after` is a
# :timeout_value error).
defmodule :timer do
  @max_receive_after 0xFFFFFFFF

  def sleep(time) when is_integer(time) and time > @max_receive_after do
    receive do
    after
      @max_receive_after -> sleep(time - @max_receive_after)
    end
  end

  def sleep(time) do
    receive do
    after
      time -> :ok
    end
  end

  def tc(fun) when is_function(fun, 0) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = fun.()
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end

  def tc(fun, args) when is_function(fun) and is_list(args) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = apply(fun, args)
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end

  def tc(m, f, a) do
    t0 = :erlang.monotonic_time(:microsecond)
    result = apply(m, f, a)
    {:erlang.monotonic_time(:microsecond) - t0, result}
  end

  def seconds(s), do: 1000 * s
  def minutes(m), do: 1000 * 60 * m
  def hours(h), do: 1000 * 60 * 60 * h
  def hms(h, m, s), do: hours(h) + minutes(m) + seconds(s)

  def now_diff({a2, b2, c2}, {a1, b1, c1}) do
    ((a2 - a1) * 1_000_000 + (b2 - b1)) * 1_000_000 + (c2 - c1)
  end

  # One-shot messages are plain erlang timers; everything else (intervals,
  # apply_after, exit_after) runs in the :timer_server process, which keeps
  # a map from each timer's reference to what it does and re-arms intervals.
  def send_after(time, msg), do: send_after(time, self(), msg)

  def send_after(time, pid, msg) when is_integer(time) and time >= 0 and is_pid(pid) do
    {:ok, {:send_local, :erlang.send_after(time, pid, msg)}}
  end

  def send_after(time, dest, msg) when is_integer(time) and time >= 0 and (is_atom(dest) or is_tuple(dest)) do
    request({:once, time, {:send, dest, msg}, nil})
  end

  def send_after(_time, _dest, _msg), do: {:error, :badarg}

  def send_interval(time, msg), do: send_interval(time, self(), msg)

  def send_interval(time, dest, msg) when is_integer(time) and time >= 0 do
    owner = if is_pid(dest), do: dest, else: self()
    request({:interval, time, {:send, dest, msg}, owner})
  end

  def send_interval(_time, _dest, _msg), do: {:error, :badarg}

  def apply_after(time, m, f, a) when is_integer(time) and time >= 0 and is_atom(m) and is_atom(f) and is_list(a) do
    request({:once, time, {:apply, m, f, a}, nil})
  end

  def apply_after(_time, _m, _f, _a), do: {:error, :badarg}

  def apply_interval(time, m, f, a) when is_integer(time) and time >= 0 and is_atom(m) and is_atom(f) and is_list(a) do
    request({:interval, time, {:apply, m, f, a}, self()})
  end

  def apply_interval(_time, _m, _f, _a), do: {:error, :badarg}

  def exit_after(time, reason), do: exit_after(time, self(), reason)
  def exit_after(time, pid, reason), do: apply_after(time, :erlang, :exit, [pid, reason])
  def kill_after(time), do: exit_after(time, self(), :kill)
  def kill_after(time, pid), do: exit_after(time, pid, :kill)

  def cancel({:send_local, ref}) when is_reference(ref) do
    :erlang.cancel_timer(ref)
    {:ok, :cancel}
  end

  def cancel({kind, ref} = tref) when kind in [:once, :interval] and is_reference(ref) do
    send(server(), {:"$timer_cancel", tref})
    {:ok, :cancel}
  end

  def cancel(_), do: {:error, :badarg}

  defp request(req) do
    ref = :erlang.make_ref()
    tref = {elem(req, 0), ref}
    send(server(), {:"$timer_add", tref, req})
    {:ok, tref}
  end

  defp server do
    case :erlang.whereis(:timer_server) do
      :undefined ->
        pid = :erlang.spawn(fn ->
          try do
            :erlang.register(:timer_server, self())
          rescue
            _ -> exit(:normal)
          end
          serve(%{})
        end)
        # Either this process registered or another one did first.
        wait_registered(pid)

      pid ->
        pid
    end
  end

  defp wait_registered(pid) do
    case :erlang.whereis(:timer_server) do
      :undefined ->
        receive after: (0 -> :ok)
        wait_registered(pid)

      server ->
        server
    end
  end

  defp serve(timers) do
    receive do
      {:"$timer_add", tref, {_kind, time, _action, owner} = req} ->
        mref = if owner, do: :erlang.monitor(:process, owner), else: nil
        t = :erlang.send_after(time, self(), {:"$timer_fire", tref})
        serve(Map.put(timers, tref, {req, t, mref}))

      {:"$timer_fire", tref} ->
        case timers do
          %{^tref => {{:once, _time, action, _owner}, _t, _mref}} ->
            run(action)
            serve(Map.delete(timers, tref))

          %{^tref => {{:interval, time, action, _owner} = req, _t, mref}} ->
            run(action)
            t = :erlang.send_after(time, self(), {:"$timer_fire", tref})
            serve(Map.put(timers, tref, {req, t, mref}))

          _ ->
            serve(timers)
        end

      {:"$timer_cancel", tref} ->
        case timers do
          %{^tref => {_req, t, mref}} ->
            :erlang.cancel_timer(t)
            if mref, do: :erlang.demonitor(mref, [:flush])
            serve(Map.delete(timers, tref))

          _ ->
            serve(timers)
        end

      {:DOWN, mref, :process, _pid, _reason} ->
        dead = for {tref, {_req, t, ^mref}} <- timers, do: (:erlang.cancel_timer(t); tref)
        serve(Map.drop(timers, dead))
    end
  end

  defp run({:send, dest, msg}) do
    try do
      send(dest, msg)
    rescue
      _ -> :ok
    end
  end

  defp run({:apply, m, f, a}), do: :erlang.spawn(m, f, a)
end

# The other half of process_info/1,2 on another process
# (runtime/builtins/process.cpp): the request was sent, the reply comes as a
# message that only this receive takes.
defmodule :vial_process do
  def info_reply(ref) do
    receive do
      {:"$vial_info", ^ref, :"$badarg"} -> :erlang.error(:badarg)
      {:"$vial_info", ^ref, reply} -> reply
    end
  end
end
