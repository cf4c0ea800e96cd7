# Code evaluated by Code.eval_string/eval_quoted runs in the calling
# process: it can receive, start linked processes and call them.
IO.inspect(Code.eval_string("send(self(), :ping); receive do x -> x end"))
IO.inspect(Code.eval_string("receive do x -> x after 10 -> :timeout end"))
{{:ok, pid}, _} = Code.eval_string("Agent.start_link(fn -> 41 end)")
IO.inspect(Agent.get(pid, &(&1 + 1)))
IO.inspect(Code.eval_string("Task.async(fn -> 1 + 1 end) |> Task.await()"))
IO.inspect(Code.eval_quoted(quote(do: self() == unquote(self()))))

try do
  Code.eval_string("raise ArgumentError, \"boom\"")
rescue
  e -> IO.inspect(e)
end

defmodule M do
  def f(x), do: Code.eval_string("a + b * 2", a: x, b: 3)
end

IO.inspect(M.f(1))
IO.inspect(Code.eval_string("x = 5; y = x + 1", x: 0))
IO.inspect(try do Code.eval_string("throw(:t)") catch :throw, v -> {:caught, v} end)
