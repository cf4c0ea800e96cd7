args = System.argv()
IO.puts("#{length(args)} arguments")
IO.inspect(args)

defmodule Args do
  def show([]), do: IO.puts("done")

  def show([arg | rest]) do
    IO.puts("arg: #{arg}")
    show(rest)
  end
end

Args.show(args)
