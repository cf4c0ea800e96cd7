IO.inspect OptionParser.split("foo bar")
IO.inspect OptionParser.split("foo \"bar baz\"")
IO.inspect OptionParser.split("  leading   and   trailing  ")
IO.inspect OptionParser.split("a 'b c' \"d e\" f\\ g")
IO.inspect OptionParser.split("esc\\\"aped 'it''s'")
IO.inspect OptionParser.split("\"in \\\"q\\\" uote\"")
IO.inspect OptionParser.split("")
IO.inspect OptionParser.split("--a=1 --b \"x y\"")
try do
  OptionParser.split("open \"quote")
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
try do
  OptionParser.split("open 'quote")
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect OptionParser.to_argv(foo_bar: "baz")
IO.inspect OptionParser.to_argv(bool: true, bool: false, discarded: nil)
IO.inspect OptionParser.to_argv([number: 2], switches: [number: :count])
IO.inspect OptionParser.to_argv([n: 1, f: 1.5, a: :atom])
IO.inspect OptionParser.to_argv(%{a: 1})
