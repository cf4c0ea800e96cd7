# inspect inside interpolation, Enum and string building.
defmodule Card do
  defstruct [:rank, :suit]

  defimpl Inspect do
    def inspect(%{rank: r, suit: s}, _opts), do: "#{r}#{s}"
  end
end

defmodule Main do
  def run do
    hand = for r <- ["A", "K", "Q"], s <- ["s", "h"], do: %Card{rank: r, suit: s}
    IO.puts("hand: #{inspect(hand)}")
    Enum.each(Enum.take(hand, 2), fn c -> IO.puts("card " <> inspect(c)) end)
    IO.inspect(Enum.map(hand, &inspect/1))
    IO.inspect(%{hearts: Enum.filter(hand, &(&1.suit == "h"))})
    IO.inspect(Enum.with_index(hand))
  end
end

Main.run()
