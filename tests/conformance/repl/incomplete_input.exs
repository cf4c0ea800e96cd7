# What the REPL's continuation rests on: an unfinished entry raises
# TokenMissingError (the REPL asks for more), a wrong one SyntaxError (the
# REPL prints it and drops the entry), a whole one parses.
inputs = [
  "1 + 2",
  "if x do",
  "if x do\n  1\nelse",
  "if x do\n  1\nend",
  "fn x ->",
  "fn x -> x end",
  "[1,",
  "[1, 2]",
  "{1,",
  "%{a: 1",
  "<<1,",
  "foo(",
  "foo(1,\n 2",
  "\"abc",
  "\"abc\ndef\"",
  "'abc",
  "~s(abc",
  "~w[a b",
  "\"\"\"\nheredoc",
  "\"\"\"\nheredoc\n\"\"\"",
  "\"a \#{1 + ",
  "1 +",
  "x =",
  "a |>",
  "a and",
  "case x do\n  1 -> 2",
  "case x do\n  1 -> 2\nend",
  "try do\n  f()\nrescue",
  "receive do",
  "defmodule M do\n  def f, do: 1",
  "Enum.map([1], fn x ->\n  x\nend)",
  "1 )",
  "end",
  "[1, 2]]",
  "x = ]",
  "%{a: 1}}",
  "fn -> end end",
  ""
]

for input <- inputs do
  result =
    try do
      Code.string_to_quoted!(input)
      :ok
    rescue
      e in TokenMissingError -> {:incomplete, e.line}
      e in SyntaxError -> {:error, e.line}
    end

  IO.inspect({input, result})
end
