# The unknown switches below name atoms that exist (as they do in any BEAM).
_ = [:other, :z, :job]
strict = [strict: [verbose: :boolean, out: :string, jobs: :integer], aliases: [v: :verbose, o: :out, j: :jobs]]
IO.inspect OptionParser.parse(["-v", "-o", "file", "-j", "4", "rest"], strict)
IO.inspect OptionParser.parse(["-vj", "4"], strict)
IO.inspect OptionParser.parse(["-jv"], strict)
IO.inspect OptionParser.parse(["--other", "value", "arg"], strict)
IO.inspect OptionParser.parse(["--no-verbose"], strict)
IO.inspect OptionParser.parse(["--no-out"], strict)
IO.inspect OptionParser.parse(["--out="], strict)
IO.inspect OptionParser.parse(["--jobs="], strict)
IO.inspect OptionParser.parse(["--verbose", "false"], strict)
IO.inspect OptionParser.parse(["--out", "a", "--out", "b"], strict)
IO.inspect OptionParser.parse(["-z"], strict)
IO.inspect OptionParser.parse(["--Verbose"], strict)
try do
  OptionParser.parse!(["-z", "--jobs", "x", "--other"], strict)
rescue
  e -> IO.puts(e.message)
end
try do
  OptionParser.parse!(["--job", "3"], strict)
rescue
  e -> IO.puts(e.message)
end
try do
  OptionParser.parse!(["-o"], strict)
rescue
  e -> IO.puts(e.message)
end
