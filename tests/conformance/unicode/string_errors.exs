tests = [
  fn -> String.upcase(:a) end,
  fn -> String.downcase("a", :nope) end,
  fn -> String.length(123) end,
  fn -> String.graphemes(nil) end,
  fn -> String.slice("abc", 1, -2) end,
  fn -> String.normalize("a", :nfx) end,
  fn -> String.normalize(1, :nfc) end,
  fn -> String.equivalent?("a", 1) end,
  fn -> String.split(1) end,
  fn -> String.split("a", 1) end,
  fn -> String.trim(1) end,
  fn -> String.trim("a", 1) end,
  fn -> String.pad_leading("a", "x") end,
  fn -> String.duplicate(1, 2) end,
  fn -> String.reverse(1) end,
  fn -> String.codepoints(1) end,
  fn -> String.at("abc", 1.0) end,
  fn -> String.replace("abc", 1, "x") end,
  fn -> String.jaro_distance("a", 1) end,
  fn -> String.to_integer("abc") end,
  fn -> String.to_atom(1) end,
  fn -> String.capitalize(1) end,
  fn -> String.first(1) end,
  fn -> String.next_grapheme(1) end,
  fn -> String.valid?(1) end
]
for t <- tests do
  try do
    IO.inspect(t.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
