# String.Chars as a protocol (docs/protocols.md). The built-in impls call the
# native conversion (runtime/builtins/string.cpp :vial.builtin_to_string/1).
defprotocol String.Chars do
  def to_string(term)
end

defimpl String.Chars, for: Atom do
  def to_string(term), do: :vial.builtin_to_string(term)
end

defimpl String.Chars, for: BitString do
  def to_string(term), do: :vial.builtin_to_string(term)
end

defimpl String.Chars, for: Integer do
  def to_string(term), do: :vial.builtin_to_string(term)
end

defimpl String.Chars, for: Float do
  def to_string(term), do: :vial.builtin_to_string(term)
end

defimpl String.Chars, for: List do
  def to_string(charlist), do: List.to_string(charlist)
end
