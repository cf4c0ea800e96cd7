# Inspect.Algebra.format/2 returns Elixir's list of binaries and breaks as
# Elixir does.
defmodule Main do
  import Inspect.Algebra

  def run do
    IO.inspect(format(glue("hello", "world"), 80))
    IO.inspect(format(group(glue("hello", "world")), 80))
    IO.inspect(format(group(glue("hello", "world")), 10))
    IO.inspect(format(group(glue("aaaaaaaaaaaaaaaaaaaa", "b")), 10))
    IO.inspect(format(line("Hughes", "Wadler"), 80))
    IO.inspect(format(space("Hughes", "Wadler"), 5))
    doc = group(concat(group(concat("Hello,", concat(break(), "A"))), concat(break(), "B")))
    IO.inspect(format(doc, 80))
    IO.inspect(format(doc, 6))
    IO.inspect(format(nest(glue("a", "b"), 4), 1))
    IO.inspect(format(group(nest(glue("a", "b"), 4)), 1))
    IO.inspect(format(group(nest(glue("a", "b"), :cursor)), 1))
    IO.inspect(format(concat("ab", group(nest(glue("c", "d"), :cursor))), 1))
    IO.inspect(format(group(glue("a", "b")), :infinity))
    IO.inspect(format(empty(), 80))
    IO.inspect(format(string("ééé"), 80))
    flex = group(concat(["[", nest(fold_doc(Enum.map(1..20, &Integer.to_string/1), &flex_glue(concat(&1, ","), &2)), 1), "]"]))
    IO.puts(IO.iodata_to_binary(format(flex, 20)))
    IO.puts(IO.iodata_to_binary(format(group(concat(force_unfit("a"), concat(break(), "b"))), 80)))
    IO.puts(IO.iodata_to_binary(format(concat(["a", collapse_lines(2), line(), line(), line(), "b"]), 80)))
  end
end

Main.run()
