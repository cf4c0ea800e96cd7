import ExUnit.CaptureIO
IO.inspect capture_io(fn -> IO.binwrite("bin ä") end)
IO.inspect capture_io("line one\nline two\n", fn -> IO.write(IO.read(:line)) end)
IO.inspect capture_io("a\nb\nc\n", fn -> IO.stream(:stdio, :line) |> Enum.each(&IO.write(String.upcase(&1))) end)
IO.inspect capture_io("xyz", fn -> IO.inspect(IO.read(:stdio, 2)) end)
IO.inspect capture_io("all of it\n", fn -> IO.inspect(IO.read(:stdio, :eof)) end)
IO.inspect capture_io("", fn -> IO.inspect(IO.read(:stdio, :eof)); IO.inspect(IO.read(:stdio, :all)) end)
IO.inspect capture_io(fn -> IO.puts(IO.ANSI.format([:red, "r"], true)) end)
