defprotocol Describe do
  @fallback_to_any false
  def describe(term)
end

defimpl Describe, for: Any do
  def describe(_), do: "any"
end

defimpl Describe, for: Integer do
  def describe(n), do: "int #{n}"
end

IO.puts(Describe.describe(1))
IO.inspect(Describe.impl_for(:a))

try do
  Describe.describe(:a)
rescue
  e in Protocol.UndefinedError ->
    IO.inspect(e.protocol)
    IO.inspect(e.value)
    IO.puts(Exception.message(e))
end
