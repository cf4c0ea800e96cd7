defmodule CSV do
  def parse(text) do
    [header | rows] = text |> String.trim() |> String.split("\n") |> Enum.map(&parse_line/1)
    keys = Enum.map(header, &String.to_atom/1)
    Enum.map(rows, fn row -> keys |> Enum.zip(row) |> Map.new() end)
  end

  defp parse_line(line), do: line |> String.split(",") |> Enum.map(&String.trim/1)
end

csv = """
name, city, age
Alice, Paris, 30
Bob, Berlin, 25
Carol, Paris, 35
"""
people = CSV.parse(csv)
IO.inspect(people)
ages = Enum.map(people, &String.to_integer(&1.age))
IO.puts("avg age: #{Enum.sum(ages) / length(ages)}")
IO.inspect(Enum.group_by(people, & &1.city, & &1.name))
IO.puts(Enum.map_join(people, "\n", fn p -> String.pad_trailing(p.name, 6) <> "|" <> String.pad_leading(p.age, 4) end))

defmodule Caesar do
  def shift(text, n) do
    text
    |> String.to_charlist()
    |> Enum.map(fn
      c when c in ?a..?z -> rem(c - ?a + n + 26, 26) + ?a
      c when c in ?A..?Z -> rem(c - ?A + n + 26, 26) + ?A
      c -> c
    end)
    |> List.to_string()
  end
end
enc = Caesar.shift("Hello, World!", 3)
IO.puts(enc)
IO.puts(Caesar.shift(enc, -3))
IO.inspect(String.codepoints("añb"))
IO.inspect(String.to_charlist("añb"))
IO.inspect("hello world" |> String.split() |> Enum.map(&String.capitalize/1) |> Enum.join(" "))
IO.inspect(String.reverse("racecar") == "racecar")
palindrome? = fn s ->
  clean = s |> String.downcase() |> String.replace(~r/[^a-z]/, "")
  clean == String.reverse(clean)
end
IO.inspect(palindrome?.("A man, a plan, a canal: Panama"))
