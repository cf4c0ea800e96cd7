# What the functions that defstruct and defexception define call
# (compiler/lower_module.cpp generates them, as Elixir's Kernel does).
defmodule Kernel.Utils do
  # Mod.__struct__/1: the default struct with the given fields; an unknown
  # key raises {:badkey, key} (what %{map | key => value} raises), a missing
  # enforced key ArgumentError.
  def struct_new(struct, [], kv), do: struct_fill(struct_pairs(kv), struct)

  def struct_new(struct, enforced, kv) do
    {map, keys} = struct_fill_enforced(struct_pairs(kv), struct, enforced)

    case keys do
      [] ->
        map

      _ ->
        :erlang.error(
          ArgumentError.exception(
            "the following keys must also be given when building struct " <>
              inspect(:maps.get(:__struct__, struct)) <> ": " <> inspect(keys)
          )
        )
    end
  end

  defp struct_pairs(kv) when is_map(kv), do: :maps.to_list(kv)
  defp struct_pairs(kv), do: kv

  defp struct_fill([{key, value} | rest], map), do: struct_fill(rest, struct_put(map, key, value))
  defp struct_fill([], map), do: map

  defp struct_fill_enforced([{key, value} | rest], map, keys),
    do: struct_fill_enforced(rest, struct_put(map, key, value), struct_delete(keys, key))

  defp struct_fill_enforced([], map, keys), do: {map, keys}

  defp struct_delete([key | rest], key), do: rest
  defp struct_delete([other | rest], key), do: [other | struct_delete(rest, key)]
  defp struct_delete([], _key), do: []

  defp struct_put(map, key, value) do
    case map do
      %{^key => _} -> :maps.put(key, value, map)
      _ -> :erlang.error({:badkey, key})
    end
  end

  # What raise/1,2 and reraise/2,3 raise when the compiler cannot tell.
  # destructure/2's right side: `count` elements, padded with nil (Elixir's
  # Kernel.Utils.destructure/2).
  def destructure(list, count) when is_list(list), do: destructure_list(list, count)
  def destructure(nil, count), do: destructure_nil(count)

  defp destructure_list(_, 0), do: []
  defp destructure_list([], count), do: destructure_nil(count)
  defp destructure_list([h | t], count), do: [h | destructure_list(t, count - 1)]

  defp destructure_nil(0), do: []
  defp destructure_nil(count), do: [nil | destructure_nil(count - 1)]

  def raise(msg) when is_binary(msg), do: RuntimeError.exception(msg)
  def raise(module) when is_atom(module), do: module.exception([])
  def raise(%{__struct__: _, __exception__: true} = exception), do: exception

  def raise(other) do
    ArgumentError.exception(
      "raise/1 and reraise/2 expect a module name, string or exception as " <>
        "the first argument, got: " <> inspect(other)
    )
  end

  def raise(module, attrs) when is_atom(module), do: module.exception(attrs)

  def raise(other, _attrs) do
    ArgumentError.exception(
      "raise/2 and reraise/3 expects a module name as the first argument, got: " <> inspect(other)
    )
  end

  # Mod.exception/1 of defexception: the fields given that the struct has
  # (Elixir warns about the others), through struct!/2.
  def exception_new(struct, args) do
    Kernel.struct!(struct, exception_fields(args, struct))
  end

  defp exception_fields([{key, _} = pair | rest], struct) do
    case struct do
      %{^key => _} -> [pair | exception_fields(rest, struct)]
      _ -> exception_fields(rest, struct)
    end
  end

  defp exception_fields([], _struct), do: []
end
