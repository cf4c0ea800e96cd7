IO.inspect String.pad_leading("abc", 5)
IO.inspect String.pad_leading("abc", 6, "12")
IO.inspect String.pad_leading("abc", 2)
IO.inspect String.pad_leading("é", 3, "ü")
IO.inspect String.pad_leading("abc", 7, ["x", "y"])
IO.inspect String.pad_trailing("abc", 5)
IO.inspect String.pad_trailing("abc", 6, "12")
IO.inspect String.pad_trailing("e\u0301", 3, "-")
try do
  String.pad_leading("abc", 5, "")
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  String.pad_leading("abc", -1)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect String.duplicate("ab", 3)
IO.inspect String.duplicate("ab", 0)
IO.inspect String.duplicate("", 5)
try do
  String.duplicate("a", -1)
rescue
  e -> IO.puts(Exception.message(e))
end
