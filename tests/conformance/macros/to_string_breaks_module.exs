forms = [
  quote do
    defmodule MyApp.Accounts.UserRegistrationService do
      @moduledoc "Handles registration of new users with validation and notification delivery"
      alias MyApp.Accounts.{User, Credential, Notification}

      def register(%{"email" => email, "password" => password} = params, opts \\ []) when is_binary(email) do
        with {:ok, user} <- User.create(%{email: String.downcase(email), name: params["name"], role: :member}),
             {:ok, _credential} <- Credential.create(user, password, hash: :argon2, iterations: opts[:iterations] || 3),
             :ok <- Notification.deliver(user, :welcome, locale: Keyword.get(opts, :locale, "en"), async: true) do
          {:ok, user}
        else
          {:error, %{errors: errors}} -> {:error, Enum.map(errors, fn {field, {message, _}} -> "#{field} #{message}" end)}
          other -> other
        end
      end

      defp normalize(value) when is_binary(value) and byte_size(value) > 0 and byte_size(value) < 255 and value != "nil", do: String.trim(value)
    end
  end,
  quote(do: result = Enum.reduce(very_long_list_of_items_to_process, %{count: 0, total: 0, items: []}, fn item, acc -> %{acc | count: acc.count + 1} end)),
  quote(do: config = [name: "service", timeout: 5000, retries: 3, backoff: :exponential, on_error: &handle_error/1, pool_size: 10]),
  quote(do: case Map.fetch(state.connections_by_identifier_with_long_name, connection_identifier_value) do
    {:ok, conn} when conn.status == :connected and conn.last_seen > threshold_value_that_is_quite_long -> conn
    :error -> nil
  end),
  quote(do: %{user: %{name: "Alice", email: "alice@example.com", roles: [:admin, :editor, :viewer]}, settings: %{theme: "dark"}}),
  quote(do: String.replace(some_really_long_variable_name_here, "a pattern string that is long", "replacement text", global: true)),
  quote(do: {:error, :some_reason, "a long description of what went wrong in this particular case", %{extra: 1}}),
  quote(do: x = "a very long string literal that goes on and on and on past the ninety eight column limit for sure"),
  quote(do: (if some_condition_that_is_long and another_condition_that_is_also_long or a_third_condition_here, do: :yes, else: :no)),
  quote(do: fn %{name: name, email: email, age: age} = person when age >= 18 and is_binary(email) -> {name, person} end),
  quote(do: [first_element_of_the_list | the_rest_of_the_list_which_has_a_long_name_too_long_to_fit_on_a_line_ok]),
  quote(do: (def handle_call({:get, key}, _from, %{data: data, hits: hits, misses: misses} = state), do: {:reply, Map.get(data, key), state})),
  quote(do: (assert {:ok, %{id: id, name: "expected name", inserted_at: %DateTime{}}} = Repo.insert(changeset, returning: true))),
  quote(do: (raise ArgumentError, "expected a keyword list as the second argument, got: #{inspect(value)} which is wrong")),
  quote(do: Logger.info("Processing request #{request_id} for user #{user_id} with params #{inspect(params)} now")),
  quote(do: <<header::binary-size(16), payload_length::unsigned-big-integer-size(32), payload::binary-size(payload_length), rest::binary>>),
  quote(do: (for {key, value} <- some_long_enumerable_name, is_binary(key), value > 0, into: %{}, do: {String.to_atom(key), value * 2})),
  quote(do: a_long_function_name(argument_one) |> another_function(with_an_argument) |> Enum.map(fn x -> x * 2 end) |> Enum.sum()),
  quote(do: some_value == another_value_that_has_a_very_long_name_and_goes_on_for_a_while_past_the_limit),
  quote(do: Enum.map(items, fn item -> %{id: item.id, name: item.name, description: item.description, price: item.price} end)),
]
for f <- forms do
  IO.puts Macro.to_string(f)
  IO.puts "---"
end
