# :timer.sleep/1 as OTP writes it: a receive that takes no message and
# waits (the process leaves its scheduler; nothing blocks a thread).
defmodule :timer do
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
