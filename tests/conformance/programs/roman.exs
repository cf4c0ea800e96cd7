defmodule Roman do
  @numerals [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
             {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]
  @values Map.new(@numerals, fn {v, s} -> {s, v} end)

  def encode(0), do: ""
  def encode(n) when n > 0 do
    {value, numeral} = Enum.find(@numerals, fn {v, _} -> v <= n end)
    numeral <> encode(n - value)
  end

  def decode(str) do
    str
    |> String.graphemes()
    |> Enum.map(&Map.fetch!(@values, &1))
    |> Enum.chunk_every(2, 1, [0])
    |> Enum.reduce(0, fn [a, b], acc -> if a < b, do: acc - a, else: acc + a end)
  end
end

for n <- [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] do
  r = Roman.encode(n)
  IO.puts("#{String.pad_leading(to_string(n), 4)} -> #{String.pad_trailing(r, 12)} -> #{Roman.decode(r)}")
end
