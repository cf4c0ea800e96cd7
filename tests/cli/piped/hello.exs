# `vial < hello.exs`: standard input runs as a script named nofile.
IO.puts(1 + 1)
defmodule Piped do
  def twice(x), do: x * 2
end
IO.inspect(Piped.twice(21))
IO.inspect(System.argv())
IO.puts(__ENV__.file)
IO.inspect(__ENV__.line)
