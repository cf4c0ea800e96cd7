# Atom (Elixir 1.14's lib/elixir/lib/atom.ex).
defmodule Atom do
  # No guard, as Elixir's: a non-atom is the :erlang function's ArgumentError.
  def to_string(atom), do: :erlang.atom_to_binary(atom)
  def to_charlist(atom), do: :erlang.atom_to_list(atom)

  @doc false
  def to_char_list(atom), do: to_charlist(atom)
end
