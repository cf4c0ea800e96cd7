# Module: the functions written in the language (the attribute functions
# are native, runtime/builtins/module.cpp), as Elixir 1.14 and its
# :elixir_aliases give them.
defmodule Module do
  def concat(aliases) when is_list(aliases) do
    parts = for a <- aliases, a != nil, do: alias_part(a)
    :erlang.binary_to_atom("Elixir." <> Enum.join(Enum.reject(parts, &(&1 == "")), "."), :utf8)
  end

  def concat(left, right), do: concat([left, right])

  def safe_concat(aliases) when is_list(aliases) do
    parts = for a <- aliases, a != nil, do: alias_part(a)
    :erlang.binary_to_existing_atom("Elixir." <> Enum.join(Enum.reject(parts, &(&1 == "")), "."), :utf8)
  end

  def safe_concat(left, right), do: safe_concat([left, right])

  defp alias_part(atom) when is_atom(atom), do: alias_part(Atom.to_string(atom))
  defp alias_part("Elixir." <> rest), do: rest
  defp alias_part("Elixir"), do: ""
  defp alias_part(binary) when is_binary(binary), do: binary

  def split(module) when is_atom(module), do: split(Atom.to_string(module))
  def split("Elixir." <> name), do: String.split(name, ".")
end
