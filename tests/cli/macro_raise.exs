defmodule B do
  defmacro m(x), do: raise("boom #{inspect(x)}")
end

defmodule A do
  require B
  def f, do: B.m(1)
end
