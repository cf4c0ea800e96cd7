# IO.puts/IO.write use String.Chars for structs, atoms and numbers.
defmodule Version2 do
  defstruct [:major, :minor]

  defimpl String.Chars do
    def to_string(%{major: a, minor: b}), do: "v#{a}.#{b}"
  end
end

defmodule Main do
  def run do
    v = %Version2{major: 1, minor: 14}
    IO.puts(v)
    IO.write(v)
    IO.write("\n")
    IO.puts(:an_atom)
    IO.puts(42)
    IO.puts(1.5)
    IO.puts(["a", ?b, ["c"]])
    IO.puts('charlist')
    IO.write(:done)
    IO.puts("")
    IO.puts("#{v} interpolated")
    IO.puts([to_string(v), " in a list"])
    IO.inspect(v, label: v)
    IO.puts(nil)
    IO.puts(true)
  end
end

Main.run()
