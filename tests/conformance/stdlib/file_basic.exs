dir = "/tmp/vial_file_test_#{System.system_time(:nanosecond)}_#{System.unique_integer([:positive])}"
File.rm_rf(dir)
IO.inspect File.mkdir_p(Path.join(dir, "a/b"))
path = Path.join(dir, "notes.txt")
IO.inspect File.write(path, "line one\n")
IO.inspect File.write(path, ["line ", "two", ?\n], [:append])
IO.inspect File.read(path)
IO.inspect File.read!(path) |> String.split("\n", trim: true)
IO.inspect {File.exists?(path), File.regular?(path), File.dir?(dir), File.exists?(Path.join(dir, "zz"))}
IO.inspect File.ls!(dir) |> Enum.sort()
IO.inspect File.read(Path.join(dir, "missing"))
IO.inspect File.read(dir)
try do
  File.read!(Path.join(dir, "missing"))
rescue
  e in File.Error -> IO.puts(String.replace(Exception.message(e), dir, "DIR"))
end
try do
  File.write!(Path.join(dir, "no/such/dir.txt"), "x")
rescue
  e -> IO.puts(String.replace(Exception.message(e), dir, "DIR"))
end
IO.inspect File.rm(path)
IO.inspect File.rm(path)
IO.inspect File.mkdir(dir)
IO.inspect File.ls(Path.join(dir, "nope"))
{:ok, _} = File.rm_rf(dir)
IO.inspect File.exists?(dir)
