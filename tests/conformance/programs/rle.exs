defmodule RLE do
  def encode(str) do
    str
    |> String.graphemes()
    |> Enum.chunk_by(& &1)
    |> Enum.map_join(fn [c | _] = run -> if length(run) == 1, do: c, else: "#{length(run)}#{c}" end)
  end

  def decode(str), do: decode(str, "")
  defp decode("", acc), do: acc
  defp decode(str, acc) do
    case Integer.parse(str) do
      {n, <<c::utf8, rest::binary>>} -> decode(rest, acc <> String.duplicate(<<c::utf8>>, n))
      :error ->
        <<c::utf8, rest::binary>> = str
        decode(rest, acc <> <<c::utf8>>)
    end
  end
end

for s <- ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "AABCCCDEEEE", "", "héééllo"] do
  e = RLE.encode(s)
  IO.puts(inspect(e))
  IO.puts(RLE.decode(e) == s)
end
