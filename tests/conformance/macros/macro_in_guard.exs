defmodule G do
  defmacro is_positive(x) do
    quote do: is_integer(unquote(x)) and unquote(x) > 0
  end
end

defmodule UsesG do
  import G
  def sign(x) when is_positive(x), do: :positive
  def sign(0), do: :zero
  def sign(_), do: :negative_or_other
  def check(x), do: is_positive(x)
end

IO.inspect(UsesG.sign(5))
IO.inspect(UsesG.sign(0))
IO.inspect(UsesG.sign(-3))
IO.inspect(UsesG.sign(:a))
IO.inspect(UsesG.check(2))
IO.inspect(UsesG.check(-2))
