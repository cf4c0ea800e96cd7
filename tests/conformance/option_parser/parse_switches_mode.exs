# With switches:, unknown switches are parsed when their atom exists
_ = [:existing_one, :another_switch]
IO.inspect OptionParser.parse(["--existing-one", "val", "--another-switch"], switches: [])
IO.inspect OptionParser.parse(["--zzqq-never-atom", "val"], switches: [])
IO.inspect OptionParser.parse(["--zzqq-never-atom2", "val"], switches: [], allow_nonexistent_atoms: true)
IO.inspect OptionParser.parse(["--with_underscore", "x"], switches: [with_underscore: :string])
IO.inspect OptionParser.parse(["-with-dash", "x"], switches: [])
IO.inspect OptionParser.parse(["-", "x"], switches: [])
IO.inspect OptionParser.parse(["-10", "x"], switches: [])
IO.inspect OptionParser.parse(["--", "--a"], switches: [a: :boolean])
IO.inspect OptionParser.parse(["x", "--", "y", "--a"], switches: [a: :boolean])
IO.inspect OptionParser.parse(["--existing-one"], switches: [])
