# Function (Elixir 1.14's lib/elixir/lib/function.ex), over the :erlang
# builtins for funs (runtime/builtins/fun.cpp).
defmodule Function do
  def capture(module, function_name, arity), do: :erlang.make_fun(module, function_name, arity)

  def info(fun), do: :erlang.fun_info(fun)

  def info(fun, item), do: :erlang.fun_info(fun, item)

  def identity(value), do: value
end
