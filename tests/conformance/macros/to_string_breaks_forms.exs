forms = [
  quote(do: fn
    {:ok, %{status: status, body: body}} when status in 200..299 -> {:ok, Jason.decode!(body, keys: :atoms)}
    {:ok, %{status: status}} -> {:error, {:http_error, status}}
    {:error, reason} -> {:error, reason}
  end),
  quote(do: [{:alpha, 1, "first entry"}, {:beta, 2, "second entry"}, {:gamma, 3, "third entry"}, {:delta, 4, "fourth"}]),
  quote(do: message = "Hello " <> first_name <> " " <> last_name <> ", welcome back to " <> site_name <> "! You have " <> count),
  quote(do: all_items = first_batch_of_items ++ second_batch_of_items ++ third_batch_of_items ++ fourth_batch_of_items),
  quote(do: %{"content-type" => "application/json", "authorization" => "Bearer " <> token, "x-request-id" => id}),
  quote(do: valid? = is_binary(name) and byte_size(name) > 0 and is_integer(age) and age >= 0 and age < 150 and is_list(tags)),
  quote(do: try do
    File.read!(path) |> String.split("\n", trim: true) |> Enum.map(&String.to_integer/1) |> Enum.sum()
  rescue
    e in [File.Error, ArgumentError] -> {:error, Exception.message(e)}
  after
    cleanup_temporary_files_and_directories_created_during_processing(path)
  end),
  quote(do: receive do
    {:DOWN, ref, :process, pid, reason} when ref == monitor_ref and reason != :normal and reason != :shutdown -> handle_crash(pid, reason)
  after
    5_000 -> :timeout
  end),
  quote(do: cond do
    temperature_in_celsius_degrees > 30 and humidity_percentage > 80 -> :hot_and_humid_weather_conditions
    true -> :ok
  end),
  quote(do: defmodule Foo do
    @doc """
    Some docs.
    """
    def bar(x), do: x
    @spec baz(integer) :: integer
    def baz(x) do
      y = x * 2
      y + 1
    end
    def qux, do: :ok
  end),
  quote(do: GenServer.start_link(__MODULE__, %{name: name, opts: opts, started_at: System.monotonic_time()}, name: via_tuple(name))),
  quote(do: {:reply, {:ok, %{state | requests: [request | state.requests], count: state.count + 1}}, state, :hibernate}),
  quote(do: send(pid, {:result, self(), make_ref(), compute_the_expensive_result(input_data, options_keyword_list)})),
  quote(do: Enum.each(list, &IO.puts/1)),
  quote(do: x |> f()),
  quote(do: %MyStruct{field_one: value_one, field_two: value_two, field_three: value_three, field_four: 4}),
  quote(do: %{state | connections: Map.put(state.connections, id, conn), pending: List.delete(state.pending, id)}),
  quote(do: @attribute_with_long_name [:first_value, :second_value, :third_value, :fourth_value, :fifth_value]),
  quote(do: (a; b)),
  quote(do: f((a; b), c)),
]
for f <- forms do
  IO.puts Macro.to_string(f)
  IO.puts "---"
end
