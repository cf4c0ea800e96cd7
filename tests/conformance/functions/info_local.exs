# Function.info of local funs: keys, module, name, arity, env, type.
defmodule InfoLocal do
  def pub(x), do: x
  def local_capture, do: &pub/1
  def nested(y) do
    a = fn -> fn z -> y + z end end
    b = fn -> 1 end
    [a, a.(), b]
  end
  def two(p, q), do: fn -> {p, q} end
end

f = fn x -> x + 1 end
IO.inspect(Keyword.keys(Function.info(f)))
IO.inspect(Function.info(f, :arity))
IO.inspect(Function.info(f, :type))
IO.inspect(Function.info(f, :env))
IO.inspect(Function.info(f, :module))
for g <- InfoLocal.nested(5) do
  IO.inspect({Function.info(g, :name), Function.info(g, :arity), Function.info(g, :env)})
end
IO.inspect(Function.info(InfoLocal.local_capture(), :name))
IO.inspect(Function.info(InfoLocal.local_capture(), :type))
IO.inspect(Function.info(InfoLocal.two(1, 2), :arity))
IO.inspect(length(elem(Function.info(InfoLocal.two(1, 2), :env), 1)))
info = Function.info(InfoLocal.nested(3) |> hd())
IO.inspect(info[:module])
IO.inspect(is_pid(info[:pid]) and info[:pid] == self())
IO.inspect(is_integer(info[:index]) and info[:index] == info[:new_index])
IO.inspect(is_integer(info[:uniq]) and byte_size(info[:new_uniq]) == 16)
IO.inspect(:erlang.fun_info(f, :type))
p = spawn(fn -> send(Process.whereis(:fun_test_parent) || self(), :ok) end)
IO.inspect(is_pid(p))
