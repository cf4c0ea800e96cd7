dir = Path.join(System.tmp_dir!(), "vial_io_open_errors_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
IO.inspect File.open(Path.join(dir, "missing.txt"))
IO.inspect File.open(Path.join(dir, "missing.txt"), [:read])
IO.inspect File.open(dir, [:read])
IO.inspect File.open(dir, [:write])
IO.inspect File.open(Path.join(dir, "no/such/dir.txt"), [:write])
IO.inspect File.open(Path.join(dir, "missing.txt"), fn f -> IO.read(f, :line) end)
try do
  File.open!(Path.join(dir, "missing.txt"))
rescue
  e in File.Error -> IO.puts(String.replace(Exception.message(e), dir, "DIR")); IO.inspect(e.reason); IO.inspect(e.action)
end
try do
  File.open!(Path.join(dir, "missing.txt"), [:read], fn _ -> :never end)
rescue
  e in File.Error -> IO.puts(String.replace(Exception.message(e), dir, "DIR"))
end
path = Path.join(dir, "x.txt")
File.write!(path, "data")
{:ok, f} = File.open(path, [:read])
try do
  IO.write(f, "x")
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
IO.inspect Process.alive?(f)
IO.inspect IO.read(f, :line)
{:ok, f} = File.open(path, [:write])
IO.inspect IO.read(f, :line)
IO.inspect Process.alive?(f)
{:ok, f} = File.open(path, [:write])
File.close(f)
IO.inspect IO.binwrite(f, "x")
try do
  IO.write(f, "x")
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
try do
  IO.puts(f, "x")
rescue
  e -> IO.inspect(e)
end
File.rm_rf!(dir)
