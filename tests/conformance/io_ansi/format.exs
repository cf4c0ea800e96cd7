IO.inspect IO.ANSI.format(["Hello, ", :red, :bright, "world!"], true)
IO.inspect IO.ANSI.format(["Hello, ", :red, :bright, "world!"], false)
IO.inspect IO.ANSI.format(["Hello"], true)
IO.inspect IO.ANSI.format("plain", true)
IO.inspect IO.ANSI.format(:red, true)
IO.inspect IO.ANSI.format([], true)
IO.inspect IO.ANSI.format([[:blue, "a"], ["b", [:reset, ?c]]], true)
IO.inspect IO.ANSI.format(["x" | "y"], true)
IO.inspect IO.ANSI.format([:green, "x" | :blue], true)
IO.inspect IO.ANSI.format_fragment([:red, "x"], true)
IO.inspect IO.ANSI.format_fragment([:red, "x"], false)
IO.inspect IO.ANSI.format_fragment(["a", :underline], true)
IO.inspect IO.ANSI.format([:bogus_color, "x"], false)
IO.puts IO.ANSI.format([:yellow, "warn", :reset, " plain"], true) |> IO.iodata_to_binary() |> inspect()
IO.inspect IO.ANSI.format(["no colors"])
IO.inspect IO.ANSI.format_fragment([:red, "x"])
try do
  IO.ANSI.format([:bogus_color, "x"], true)
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
try do
  IO.ANSI.format_fragment([:nope], true)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  IO.ANSI.format(["x"], :yes)
rescue
  e -> IO.puts(inspect(e.__struct__))
end
IO.puts [IO.ANSI.red(), "red", IO.ANSI.reset()] |> IO.iodata_to_binary() |> inspect()
