defprotocol Kind do
  def kind(x)
end

defimpl Kind, for: Atom do
  def kind(_), do: :atom
end

defimpl Kind, for: BitString do
  def kind(x) when is_binary(x), do: :binary
  def kind(_), do: :bitstring
end

defimpl Kind, for: Float do
  def kind(_), do: :float
end

defimpl Kind, for: Function do
  def kind(_), do: :function
end

defimpl Kind, for: Integer do
  def kind(_), do: :integer
end

defimpl Kind, for: List do
  def kind(_), do: :list
end

defimpl Kind, for: Map do
  def kind(_), do: :map
end


defimpl Kind, for: Tuple do
  def kind(_), do: :tuple
end

for v <- [:a, nil, true, "s", <<1::3>>, 1.5, &IO.puts/1, fn -> 1 end, 7, 100_000_000_000_000_000_000_000, [], [1], %{}, %{a: 1}, {}, {1, 2}] do
  IO.inspect(Kind.kind(v))
end

IO.inspect(Kind.impl_for(1..2))
try do
  Kind.kind(1..2)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Kind.impl_for(:x))
IO.inspect(Kind.impl_for(1.0))
