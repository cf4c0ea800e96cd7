# An impl that raises: safe: false reraises Inspect.Error; the safe form
# begins with the message.
defmodule Broken do
  defstruct [:a]

  defimpl Inspect do
    def inspect(_s, _opts), do: raise("boom")
  end
end

defmodule Main do
  def run do
    try do
      inspect(%Broken{a: 1}, safe: false)
    rescue
      e ->
        IO.inspect(e.__struct__)
        IO.puts(Exception.message(e))
    end

    try do
      inspect([%Broken{a: 2}], safe: false)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    # The first ten lines (the stack trace after them names Elixir's files).
    IO.puts(lines(inspect(%Broken{a: 3}), 10, ""))
    IO.puts(lines(inspect({:wrapped, %Broken{a: 4}}), 3, ""))
  end

  defp lines(_text, 0, acc), do: acc
  defp lines(<<?\n, rest::binary>>, n, acc), do: lines(rest, n - 1, acc <> "\n")
  defp lines(<<c, rest::binary>>, n, acc), do: lines(rest, n, <<acc::binary, c>>)
  defp lines(<<>>, _n, acc), do: acc
end

Main.run()
