text = """
The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! Quick, quick -- said the bird.
"""

words =
  text
  |> String.downcase()
  |> String.replace(~w(. , ; ! --), " ")
  |> String.split()

IO.puts("total words: #{length(words)}")
freq = Enum.frequencies(words)
top =
  freq
  |> Enum.sort_by(fn {w, c} -> {-c, w} end)
  |> Enum.take(5)

for {w, c} <- top do
  IO.puts("#{String.pad_trailing(w, 8)} #{String.duplicate("*", c)} (#{c})")
end

by_length = Enum.group_by(Enum.uniq(words), &String.length/1)
by_length |> Enum.sort() |> Enum.each(fn {len, ws} -> IO.puts("#{len}: #{Enum.join(Enum.sort(ws), ", ")}") end)
IO.inspect(Enum.max_by(words, &String.length/1))
IO.inspect(words |> Enum.map(&String.first/1) |> Enum.frequencies() |> Map.to_list() |> Enum.sort() |> Enum.take(3))
capitalized = words |> Enum.take(4) |> Enum.map(&String.capitalize/1) |> Enum.join(" ")
IO.puts(capitalized)
IO.inspect(String.split("a=1;b=2;c=3", ";") |> Enum.map(&String.split(&1, "=")) |> Map.new(fn [k, v] -> {String.to_atom(k), String.to_integer(v)} end))
lines = String.split(text, "\n", trim: true)
IO.inspect(lines |> Enum.with_index(1) |> Enum.map(fn {l, i} -> "#{i}: #{String.slice(l, 0, 10)}" end))
IO.inspect(String.contains?(text, "lazy"), label: "lazy?")
IO.inspect(text |> String.graphemes() |> Enum.count(&(&1 in ~w(a e i o u))), label: "vowels")
