defmodule M do
  defmacro double(x) do
    quote do: unquote(x) * 2
  end

  defmacro my_unless(c, do: body) do
    quote do
      if unquote(c), do: nil, else: unquote(body)
    end
  end

  defmacrop local(x), do: quote(do: unquote(x) + 100)
  def use_local(y), do: local(y)
end

defmodule U do
  require M
  def f(x), do: M.double(x + 1)
  def g(x), do: M.my_unless(x > 1, do: :small)
end

IO.puts(U.f(3))
IO.inspect(U.g(0))
IO.inspect(U.g(5))
IO.inspect(M.use_local(1))
