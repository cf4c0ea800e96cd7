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
