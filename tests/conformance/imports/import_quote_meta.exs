defmodule Source do
  def helper(x), do: x
  def helper(x, y), do: {x, y}
end

defmodule Quoter do
  import Source

  def q do
    {name, meta, _} = quote do: helper(1)
    {name, meta}
  end
end

IO.inspect(Quoter.q())
