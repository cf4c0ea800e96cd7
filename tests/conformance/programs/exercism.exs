defmodule Bob do
  def hey(input) do
    s = String.trim(input)
    cond do
      s == "" -> "Fine. Be that way!"
      shouting?(s) and question?(s) -> "Calm down, I know what I'm doing!"
      shouting?(s) -> "Whoa, chill out!"
      question?(s) -> "Sure."
      true -> "Whatever."
    end
  end
  defp question?(s), do: String.ends_with?(s, "?")
  defp shouting?(s), do: String.upcase(s) == s and String.downcase(s) != s
end

defmodule Acronym do
  def abbreviate(s) do
    s
    |> String.split(~r/[\s\-_]+/, trim: true)
    |> Enum.map(fn w -> String.first(w) |> String.upcase() end)
    |> Enum.join()
  end
end

defmodule Isogram do
  def isogram?(s) do
    letters = s |> String.downcase() |> String.replace(~r/[^a-z]/u, "") |> String.graphemes()
    length(letters) == length(Enum.uniq(letters))
  end
end

defmodule Pangram do
  def pangram?(s) do
    s |> String.downcase() |> String.graphemes() |> MapSet.new() |> MapSet.intersection(MapSet.new(Enum.map(?a..?z, &<<&1>>))) |> MapSet.size() == 26
  end
end

defmodule Raindrops do
  def convert(n) do
    s = for {d, w} <- [{3, "Pling"}, {5, "Plang"}, {7, "Plong"}], rem(n, d) == 0, into: "", do: w
    if s == "", do: Integer.to_string(n), else: s
  end
end

defmodule WordCount do
  def count(sentence) do
    sentence
    |> String.downcase()
    |> String.split(~r/[^[:alnum:]'-]+/u, trim: true)
    |> Enum.map(&String.trim(&1, "'"))
    |> Enum.frequencies()
  end
end

defmodule Luhn do
  def valid?(number) do
    digits = String.replace(number, " ", "")
    if String.length(digits) <= 1 or digits =~ ~r/\D/ do
      false
    else
      digits
      |> String.graphemes()
      |> Enum.map(&String.to_integer/1)
      |> Enum.reverse()
      |> Enum.with_index()
      |> Enum.map(fn {d, i} -> if rem(i, 2) == 1, do: (if d * 2 > 9, do: d * 2 - 9, else: d * 2), else: d end)
      |> Enum.sum()
      |> rem(10) == 0
    end
  end
end

defmodule Scrabble do
  @scores %{~w(a e i o u l n r s t) => 1, ~w(d g) => 2, ~w(b c m p) => 3, ~w(f h v w y) => 4, ~w(k) => 5, ~w(j x) => 8, ~w(q z) => 10}
  @letter_scores for {letters, v} <- @scores, l <- letters, into: %{}, do: {l, v}
  def score(word), do: word |> String.downcase() |> String.graphemes() |> Enum.map(&Map.get(@letter_scores, &1, 0)) |> Enum.sum()
end

IO.inspect(Enum.map(["Tom-ay-to.", "WATCH OUT!", "Does this work?", "WHAT?", "   "], &Bob.hey/1))
IO.inspect(Acronym.abbreviate("Portable Network Graphics"))
IO.inspect(Acronym.abbreviate("Complementary metal-oxide semiconductor"))
IO.inspect({Isogram.isogram?("lumberjacks"), Isogram.isogram?("isograms")})
IO.inspect(Pangram.pangram?("The quick brown fox jumps over the lazy dog"))
IO.inspect(Enum.map([28, 30, 34, 105], &Raindrops.convert/1))
IO.inspect(WordCount.count("one fish two fish red fish blue fish"))
IO.inspect(WordCount.count("Joe can't tell between 'large' and large."))
IO.inspect(Enum.map(["4539 3195 0343 6467", "8273 1232 7352 0569", "0"], &Luhn.valid?/1))
IO.inspect(Scrabble.score("cabbage"))
IO.inspect("abc" =~ "b")
IO.inspect("abc" =~ ~r/^a/)
