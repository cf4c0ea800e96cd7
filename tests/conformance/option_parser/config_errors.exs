try do
  OptionParser.parse(["--a"], switches: [a: :boolean], strict: [a: :boolean])
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
try do
  OptionParser.parse(["--a"], strict: [a: :bool])
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
try do
  OptionParser.parse(["--a"], strict: [a: [:string, :whatever, :other]])
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect OptionParser.next(["--a", "1", "x"], strict: [a: :integer])
IO.inspect OptionParser.next(["--b", "x"], strict: [a: :integer])
IO.inspect OptionParser.next(["--a", "z"], strict: [a: :integer])
IO.inspect OptionParser.next(["x"], strict: [a: :integer])
IO.inspect OptionParser.next([], strict: [])
IO.inspect OptionParser.next(["--", "x"], strict: [])
