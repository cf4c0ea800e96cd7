defmodule ApplyErrors do
  def add(a, b), do: a + b
  defp secret, do: :secret
  def touch, do: secret()

  # the text after "#Function<...>": a fun's inspect names its module and
  # index, which differ by runtime
  def after_fun(<<">", rest::binary>>), do: rest
  def after_fun(<<_, rest::binary>>), do: after_fun(rest)
end

show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      IO.inspect(e.__struct__)
      message = Exception.message(e)
      if e.__struct__ == BadArityError,
        do: IO.puts(ApplyErrors.after_fun(message)),
        else: IO.puts(message)
  end
end

for args <- [[1], [1, 2, 3], :foo, [1 | 2], "ab", %{}] do
  show.(fn -> apply(ApplyErrors, :add, args) end)
end

for args <- [[1], [1, 2, 3], :foo, [1 | 2]] do
  show.(fn -> apply(fn a, b -> a + b end, args) end)
end

for {m, f} <- [{"ApplyErrors", :add}, {ApplyErrors, "add"}, {1, :x}, {ApplyErrors, :nope}, {Nope, :nope}, {ApplyErrors, :secret}] do
  show.(fn -> apply(m, f, [1, 2]) end)
end

show.(fn -> apply(ApplyErrors, :secret, []) end)
show.(fn -> apply(:notfun, [1]) end)
show.(fn -> apply({:a, :b}, []) end)
show.(fn -> apply(:notfun, :x) end)
show.(fn -> apply(fn -> 1 end, [:extra]) end)
show.(fn -> apply(ApplyErrors, :add, [1, :a]) end)
show.(fn -> :erlang.apply(ApplyErrors, :add, [1]) end)
IO.puts(ApplyErrors.touch())
