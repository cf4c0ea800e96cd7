defmodule Parser do
  defmodule ParseError do
    defexception [:input]

    @impl true
    def message(%{input: input}), do: "cannot parse #{inspect(input)}"
  end

  @doc """
  Parses "key=value" pairs.

      iex> Parser.parse!("a=1;b=2")
      %{"a" => "1", "b" => "2"}

      iex> Parser.parse!("oops")
      ** (Parser.ParseError) cannot parse "oops"
  """
  def parse!(input) do
    input
    |> String.split(";", trim: true)
    |> Map.new(fn pair ->
      case String.split(pair, "=") do
        [k, v] -> {k, v}
        _ -> raise ParseError, input: pair
      end
    end)
  end
end
