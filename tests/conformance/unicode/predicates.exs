IO.inspect String.starts_with?("elixir", "eli")
IO.inspect String.starts_with?("elixir", ["x", "el"])
IO.inspect String.starts_with?("elixir", [])
IO.inspect String.starts_with?("elixir", "")
IO.inspect String.ends_with?("elixir", "xir")
IO.inspect String.ends_with?("elixir", ["a", "ir"])
IO.inspect String.ends_with?("elixir", [])
IO.inspect String.contains?("elixir", "lix")
IO.inspect String.contains?("elixir", ["x", "zz"])
IO.inspect String.contains?("elixir", [])
IO.inspect String.contains?("elixir", "")
IO.inspect String.contains?("elixir", :binary.compile_pattern(["ix"]))
try do
  String.starts_with?("a", :b)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  String.contains?("a", [1])
rescue
  e -> IO.inspect(e.__struct__)
end
