defmodule WordCount do
  @doc """
  Counts the words of a sentence.

      iex> WordCount.count("one fish two fish")
      %{"fish" => 2, "one" => 1, "two" => 1}
  """
  def count(sentence) do
    sentence
    |> String.downcase()
    |> String.split(~r/[^a-z0-9']+/, trim: true)
    |> Enum.frequencies()
  end
end
