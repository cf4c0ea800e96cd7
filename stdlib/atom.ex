# Atom (Elixir 1.14's lib/elixir/lib/atom.ex).
defmodule Atom do
  def to_string(atom) when is_atom(atom), do: :erlang.atom_to_binary(atom)
  def to_charlist(atom) when is_atom(atom), do: :erlang.atom_to_list(atom)

  @doc false
  def to_char_list(atom), do: to_charlist(atom)
end
