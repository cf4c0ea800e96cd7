# Inspect.Algebra's builders give Elixir's document terms and layout.
defmodule Main do
  import Inspect.Algebra

  def run do
    IO.inspect(empty())
    IO.inspect(concat("a", "b"))
    IO.inspect(concat(["a", "b", "c"]))
    IO.inspect(string("héllo"))
    IO.inspect(nest("a", 2))
    IO.inspect(nest("a", 0))
    IO.inspect(nest("a", :cursor))
    IO.inspect(nest("a", :reset, :break))
    IO.inspect(break())
    IO.inspect(break("-"))
    IO.inspect(flex_break())
    IO.inspect(glue("a", "b"))
    IO.inspect(glue("a", ",", "b"))
    IO.inspect(flex_glue("a", "b"))
    IO.inspect(group("a"))
    IO.inspect(group("a", :inherit))
    IO.inspect(space("a", "b"))
    IO.inspect(line())
    IO.inspect(line("a", "b"))
    IO.inspect(force_unfit("a"))
    IO.inspect(next_break_fits("a"))
    IO.inspect(next_break_fits("a", :disabled))
    IO.inspect(collapse_lines(2))
    IO.inspect(fold_doc(["a", "b", "c"], fn doc, acc -> concat([doc, "!", acc]) end))
    IO.inspect(fold_doc([], &concat/2))
    IO.inspect(color("x", :number, %Inspect.Opts{}))
  end
end

Main.run()
