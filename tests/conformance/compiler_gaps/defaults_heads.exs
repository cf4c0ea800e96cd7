# Default arguments: a bodiless head with clauses, several defaults, private defaults, and the conflicts Elixir reports.
defmodule D1 do
  def f(a, b, c \\ 1)
  def f(a, b, c) when is_integer(a), do: a + b + c
  def f(a, b, c), do: {a, b, c}
  def g(a, b \\ 2, c \\ 3), do: [a, b, c]
  defp h(x \\ :dflt), do: x
  def h2, do: h()
  def h3, do: h(4)
end
IO.inspect D1.f(1, 2)
IO.inspect D1.f(:a, 2)
IO.inspect D1.f(1, 2, 3)
IO.inspect D1.g(1)
IO.inspect D1.g(1, 5)
IO.inspect D1.g(1, 5, 6)
IO.inspect {D1.h2, D1.h3}
IO.inspect D1.__info__(:functions)
for src <- [
  "defmodule E1 do\n def f(a, b), do: 1\n def f(a, b, c \\\\ 1), do: 2\nend",
  "defmodule E2 do\n def f(a, b, c \\\\ 1), do: 2\n def f(a, b), do: 1\nend",
  "defmodule E3 do\n def f(a, b \\\\ 1), do: 2\n def f(a, b \\\\ 2), do: 1\nend",
  "defmodule E4 do\n def f(a, b \\\\ 1)\n def f(a, b \\\\ 2), do: 1\nend",
  "defmodule E5 do\n def f(a, b \\\\ 1)\n def f(a, b), do: a+b\n def f(a), do: a\nend",
] do
  try do
    Code.eval_string(String.replace(src, "(a, b", "(_a, _b"))
    IO.puts "ok"
  rescue e -> IO.inspect e; IO.puts Exception.message(e)
  end
end
