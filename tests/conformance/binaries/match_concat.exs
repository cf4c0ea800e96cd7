# "prefix" <> rest patterns, in case, function heads and nested.
defmodule Cmd do
  def run("say " <> text), do: {:say, text}
  def run("add " <> <<a, " ", b>>), do: {:add, a - ?0 + (b - ?0)}
  def run("" <> anything), do: {:other, anything}
end
IO.inspect(Cmd.run("say hi"))
IO.inspect(Cmd.run("add 2 3"))
IO.inspect(Cmd.run("nope"))
case "key=value" do
  "key=" <> v -> IO.puts(v)
end
"a" <> "b" = "ab"
IO.puts("a <> b matched")
<<x::binary-size(1)>> <> "a" = "ba"
IO.inspect(x)
"é" <> rest = "été"
IO.inspect(rest)
r = case "xyz" do
  "x" <> "y" -> :xy
  "x" <> _ -> :x
end
IO.inspect(r)
