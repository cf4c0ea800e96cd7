defmodule Math do
  def add(a, b), do: a + b
  def sub(a, b), do: a - b
end

defmodule ExceptUser do
  import Math, except: [sub: 2]
  def sub(a, b), do: {:mine, a, b}
  def f, do: {add(1, 2), sub(3, 4)}
end

IO.inspect(ExceptUser.f())
