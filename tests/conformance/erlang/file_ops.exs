dir = Path.join(System.tmp_dir!(), "vial_file_test_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
File.cd!(dir, fn ->
  File.write!("a.txt", "one\ntwo\nthree")
  IO.inspect(File.stream!("a.txt") |> Enum.to_list())
  IO.inspect(File.stream!("a.txt") |> Stream.map(&String.trim/1) |> Enum.count())
  IO.inspect(File.stream!("a.txt", [], 4) |> Enum.to_list())
  IO.inspect(File.rename("a.txt", "b.txt"))
  IO.inspect(File.exists?("a.txt"))
  IO.inspect(File.copy("b.txt", "c.txt"))
  IO.inspect(File.cp("c.txt", "d.txt"))
  IO.inspect(File.read!("d.txt"))
  st = File.stat!("d.txt")
  IO.inspect({st.size, st.type, st.access})
  {:ok, %File.Stat{type: :directory}} = File.stat(".")
  IO.inspect(File.stat("nope"))
  for f <- [fn -> File.rename!("nope", "x") end, fn -> File.cp!("nope", "x") end, fn -> File.stat!("nope") end, fn -> File.cd!("nope") end, fn -> File.copy!("nope", "y") end] do
    try do
      f.()
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
  ["x", "y"] |> Enum.into(File.stream!("e.txt"))
  IO.inspect(File.read!("e.txt"))
  IO.inspect(Path.basename(File.cwd!()) == Path.basename(dir))
end)
IO.inspect(File.cwd!() == dir)
File.rm_rf!(dir)
IO.inspect(File.exists?(dir))
