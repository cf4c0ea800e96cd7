IO.inspect String.upcase(<<0xFF, ?a, 0xC3>>)
IO.inspect String.downcase(<<?A, 0xFF, ?B>>)
IO.inspect String.upcase(<<"é", 0xE9>>)
IO.inspect String.downcase(<<0xC3, 0x89>>)
IO.inspect String.downcase(<<0xC3>>)
IO.inspect String.upcase("a\0b")
try do
  String.upcase(<<1::3>>)
rescue
  e -> IO.puts(Exception.message(e))
end
