# An exception in a spawned process ends only that process; a monitor sees
# {exception, stacktrace}. (The crash report goes to stderr.)
defmodule C do
  def reason(fun) do
    {pid, ref} = spawn_monitor(fun)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def shape({%RuntimeError{message: m}, stack}) when is_list(stack), do: {:runtime_error, m}
  def shape({%ArgumentError{message: m}, stack}) when is_list(stack), do: {:argument_error, m}
  def shape({%KeyError{key: k}, stack}) when is_list(stack), do: {:key_error, k}
  def shape({:badarith, stack}) when is_list(stack), do: :badarith
  def shape({{:badmatch, v}, stack}) when is_list(stack), do: {:badmatch, v}
  def shape({:function_clause, stack}) when is_list(stack), do: :function_clause
  def shape({{:nocatch, v}, stack}) when is_list(stack), do: {:nocatch, v}
  def shape({{:case_clause, v}, stack}) when is_list(stack), do: {:case_clause, v}
  def shape({:undef, stack}) when is_list(stack), do: :undef
  def shape(other), do: {:other, other}

  def only_positive(n) when n > 0, do: n
end

IO.inspect C.reason(fn -> raise "boom" end) |> C.shape()
IO.inspect C.reason(fn -> raise ArgumentError, "bad" end) |> C.shape()
IO.inspect C.reason(fn -> raise KeyError, key: :missing, term: %{} end) |> C.shape()
IO.inspect C.reason(fn -> 1 / Enum.count([]) end) |> C.shape()
IO.inspect C.reason(fn -> {:ok, _} = Enum.at([:error], 0) end) |> C.shape()
IO.inspect C.reason(fn -> C.only_positive(Enum.count([])) end) |> C.shape()
IO.inspect C.reason(fn -> throw(:ball) end) |> C.shape()
IO.inspect C.reason(fn -> case Enum.count([]) do 1 -> :one end end) |> C.shape()
IO.inspect C.reason(fn -> apply(C, :missing_fun, []) end) |> C.shape()
IO.inspect C.reason(fn -> :erlang.error(:custom_error) end)
  |> then(fn {r, s} when is_list(s) -> r end)

# The stacktrace's first frame names the function that raised.
{_, [{mod, fun, arity, loc} | _]} = C.reason(fn -> C.only_positive(0) end)
IO.inspect {mod, fun, arity, is_list(loc)}

# The main process goes on, with its state intact.
Process.put(:still, :here)
IO.inspect Process.get(:still)
IO.puts("main still running")

# A crash in a process does not touch processes that are not linked to it.
parent = self()
bystander = spawn(fn -> receive do {:ping, from} -> send(from, :pong) end end)
spawn(fn -> raise "unrelated" end)
spawn(fn -> exit(:unrelated) end)
Process.sleep(20)
send(bystander, {:ping, parent})
receive do :pong -> IO.puts("bystander alive") end

# A crash that is rescued inside the process does not end it.
defmodule C2 do
  def rescued(parent) do
    {pid, ref} = spawn_monitor(fn ->
      try do
        raise "caught"
      rescue
        e -> send(parent, {:rescued, Exception.message(e)})
      end
    end)
    receive do {:rescued, m} -> IO.inspect(m) end
    receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r) end
  end
end

C2.rescued(parent)
