# What :sys.change_code/4 returns when code_change/3 fails, as OTP's sys
# reports it; a server that is not suspended refuses.
defmodule CV.Errs do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:get, _, s), do: {:reply, s, s}
  def code_change(:raise, _s, _), do: raise("boom")
  def code_change(:throw, _s, _), do: throw(:thrown)
  def code_change(:error, _s, _), do: {:error, :nope}
  def code_change(:exit, _s, _), do: exit(:bye)
  def code_change(:other, _s, _), do: :other
  def code_change(v, s, extra), do: {:ok, {v, s, extra}}
end

{:ok, pid} = GenServer.start(CV.Errs, 1)
IO.inspect(:sys.change_code(pid, CV.Errs, :ok, :x), label: "not suspended")
:ok = :sys.suspend(pid)

for v <- [:error, :throw, :exit, :other] do
  IO.inspect(:sys.change_code(pid, CV.Errs, v, :x), label: inspect(v))
end

case :sys.change_code(pid, CV.Errs, :raise, :x) do
  {:error, {:EXIT, {%RuntimeError{message: m}, stack}}} -> IO.inspect({:raised, m, is_list(stack)})
  other -> IO.inspect(other, label: "unexpected")
end

IO.inspect(:sys.get_state(pid), label: "state unchanged")
IO.inspect(:sys.change_code(pid, CV.Errs, "1", :x), label: "ok")
IO.inspect(:sys.get_state(pid), label: "state")
:ok = :sys.resume(pid)
IO.inspect(GenServer.call(pid, :get), label: "call")
IO.inspect(:sys.resume(pid), label: "resume when running")
