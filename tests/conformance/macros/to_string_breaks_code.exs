forms = [
  quote do
    defprotocol Serializer do
      @spec serialize(t, keyword) :: {:ok, binary} | {:error, :unsupported_type | :invalid_value | :too_large}
      def serialize(value, opts)
    end
  end,
  quote do
    defimpl Serializer, for: Map do
      def serialize(map, opts) do
        map
        |> Enum.sort_by(fn {key, _value} -> to_string(key) end, Keyword.get(opts, :order, :asc))
        |> Enum.map(fn {key, value} -> [encode_key(key), ":", Serializer.serialize(value, opts)] end)
        |> Enum.intersperse(",")
        |> then(&{:ok, IO.iodata_to_binary(["{", &1, "}"])})
      end
    end
  end,
  quote do
    def loop(state) do
      receive do
        {:put, key, value, from} ->
          send(from, :ok)
          loop(Map.put(state, key, value))
        {:get, key, from} ->
          send(from, {:value, Map.get(state, key)})
          loop(state)
        :stop ->
          :ok
      after
        30_000 -> exit(:idle_timeout_reached_without_any_messages_from_clients_in_the_window)
      end
    end
  end,
  quote do
    quote do
      def unquote(name)(unquote_splicing(args)) when is_integer(unquote(hd(args))) do
        unquote(body)
      end
    end
  end,
  quote(do: @type result :: {:ok, %{required(:id) => pos_integer, optional(:name) => String.t()}} | {:error, atom}),
  quote(do: (fn a -> fn b -> fn c -> a + b + c + some_other_really_long_variable_name_to_force_breaking end end end)),
  quote(do: cond do
    is_nil(value) -> {:error, :missing}
    is_binary(value) and byte_size(value) > @max_size_in_bytes_for_values_stored_in_the_cache -> {:error, :too_large}
    true -> {:ok, value}
  end),
  quote(do: <<version::4, header_length::4, type_of_service::8, total_length::16, identification::16, flags::3, fragment_offset::13>>),
  quote(do: for(user <- users, user.active, %{email: email} = user.profile, into: MapSet.new(), do: String.downcase(email))),
  quote(do: Repo.all(from(u in User, where: u.age > ^min_age and u.status == ^status, order_by: [desc: u.inserted_at], limit: 10))),
]
for f <- forms do
  IO.puts Macro.to_string(f)
  IO.puts "---"
end
