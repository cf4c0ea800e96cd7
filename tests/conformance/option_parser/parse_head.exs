IO.inspect OptionParser.parse_head(["--source", "lib", "test/enum_test.exs", "--verbose"], switches: [source: :string, verbose: :boolean])
IO.inspect OptionParser.parse_head(["--verbose", "--source", "lib", "test/enum_test.exs", "--unlock"], switches: [source: :string, verbose: :boolean, unlock: :boolean])
IO.inspect OptionParser.parse_head(["--", "x"], switches: [])
IO.inspect OptionParser.parse_head(["cmd", "--a"], switches: [a: :boolean])
IO.inspect OptionParser.parse_head(["--a", "-b"], switches: [a: :boolean], strict: nil)
IO.inspect OptionParser.parse_head!(["--a", "cmd", "--b"], switches: [a: :boolean, b: :boolean])
try do
  OptionParser.parse_head!(["--a=x", "cmd"], strict: [a: :integer])
rescue
  e in OptionParser.ParseError -> IO.puts(Exception.message(e))
end
