defprotocol Combine do
  @doc "combines"
  def combine(a, b)
  def combine3(a, b, c)
end

defimpl Combine, for: Integer do
  def combine(a, b), do: a + b
  def combine3(a, b, c), do: a + b + c
end

defimpl Combine, for: BitString do
  def combine(a, b), do: a <> to_string(b)
  def combine3(a, b, c), do: a <> to_string(b) <> to_string(c)
end

defimpl Combine, for: List do
  def combine(a, b), do: a ++ [b]
  def combine3(a, b, c), do: a ++ [b, c]
end

IO.inspect(Combine.combine(1, 2))
IO.inspect(Combine.combine("a", 2))
IO.inspect(Combine.combine([1], "x"))
IO.inspect(Combine.combine3(1, 2, 3))
IO.inspect(Combine.combine3("a", :b, 3))
IO.inspect(Combine.combine3([], 1, 2))
IO.inspect(Combine.__protocol__(:functions))
IO.inspect(Combine.Integer.combine(5, 5))

try do
  Combine.combine(:x, 1)
rescue
  e -> IO.puts(Exception.message(e))
end
