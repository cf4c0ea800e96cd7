# data[key] and the *_in functions on structs: a struct implementing the
# Access behaviour is asked through its module; one without it raises
# UndefinedFunctionError with Elixir's hint.
defmodule Config do
  @behaviour Access
  defstruct data: %{}

  @impl true
  def fetch(%Config{data: d}, key), do: Map.fetch(d, key)

  @impl true
  def get_and_update(%Config{data: d} = c, key, fun) do
    {value, d2} = Map.get_and_update(d, key, fun)
    {value, %{c | data: d2}}
  end

  @impl true
  def pop(%Config{data: d} = c, key) do
    {value, d2} = Map.pop(d, key)
    {value, %{c | data: d2}}
  end
end

defmodule Plain do
  defstruct a: 1
end

defmodule Run do
  def main do
    c = %Config{data: %{port: 80, nested: %{depth: 1}}}
    IO.inspect(c[:port])
    IO.inspect(c[:missing])
    IO.inspect(get_in(c, [:nested, :depth]))
    IO.inspect(put_in(c[:host], "x").data)
    IO.inspect(update_in(c, [:nested, :depth], &(&1 + 1)).data)
    {popped, c2} = pop_in(c, [:port])
    IO.inspect({popped, c2.data})
    IO.inspect(Access.fetch(c, :port))
    IO.inspect(Access.get(c, :nope, :default))

    # maps, keyword lists and nil are unchanged
    IO.inspect(%{a: 1}[:a])
    IO.inspect([a: 1][:a])
    IO.inspect(nil[:a])
    IO.inspect(%{"k" => 2}["k"])

    for f <- [
          fn -> %Plain{}[:a] end,
          fn -> get_in(%Plain{}, [:a]) end,
          fn -> put_in(%Plain{}, [:a], 2) end,
          fn -> pop_in(%Plain{}, [:a]) end,
          fn -> Access.fetch(%Plain{}, :a) end
        ] do
      try do
        f.()
      rescue
        e in UndefinedFunctionError -> IO.puts(Exception.message(e))
      end
    end

    # an UndefinedFunctionError raised inside the struct's own fetch/2 is not rewritten
    try do
      Access.get(%Config{data: :not_a_map}, :x)
    rescue
      e -> IO.puts(inspect(e.__struct__))
    end

    try do
      [a: 1]["a"]
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
  end
end

Run.main()
