defprotocol Who do
  def who(x)
end

defimpl Who, for: [Integer, Float] do
  def who(_), do: {@protocol, @for, __MODULE__}
end

IO.inspect(Who.who(1))
IO.inspect(Who.who(1.0))
IO.inspect(Who.Integer.__impl__(:protocol))
IO.inspect(Who.Float.__impl__(:for))
