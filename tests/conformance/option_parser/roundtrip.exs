opts = [switches: [name: :string, count: :integer, verbose: :boolean, tag: :keep, level: :count]]
argv = OptionParser.to_argv([name: "x y", count: 3, verbose: true, tag: "a", tag: "b"], opts)
IO.inspect argv
IO.inspect OptionParser.parse(argv, opts)
argv = OptionParser.split("--name 'quoted name' --count=7 --no-verbose extra args -- --name")
IO.inspect argv
IO.inspect OptionParser.parse(argv, opts)
IO.inspect OptionParser.parse(["--level", "--level", "--level"], opts)
IO.inspect OptionParser.to_argv([level: 3], opts)
IO.inspect OptionParser.parse(OptionParser.to_argv([level: 3], opts), opts)
IO.inspect OptionParser.parse(["--verbose=true", "--verbose=false"], opts)
