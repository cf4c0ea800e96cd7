# List.Chars as a protocol, as Elixir 1.14's: Kernel.to_charlist/1 expands to
# List.Chars.to_charlist/1 (compiler/expand.cpp).
defprotocol List.Chars do
  def to_charlist(term)
end

defimpl List.Chars, for: Atom do
  def to_charlist(nil), do: []
  def to_charlist(atom), do: Atom.to_charlist(atom)
end

defimpl List.Chars, for: BitString do
  def to_charlist(term) when is_binary(term), do: String.to_charlist(term)

  def to_charlist(term) do
    raise Protocol.UndefinedError,
      protocol: List.Chars,
      value: term,
      description: "cannot convert a bitstring to a charlist"
  end
end

defimpl List.Chars, for: List do
  def to_charlist(list), do: list
end

defimpl List.Chars, for: Integer do
  def to_charlist(term), do: Integer.to_charlist(term)
end

defimpl List.Chars, for: Float do
  def to_charlist(term), do: Float.to_charlist(term)
end
