# Error messages inspect structs with their impl.
defmodule Secret do
  defstruct [:value]

  defimpl Inspect do
    def inspect(_s, _opts), do: "#Secret<redacted>"
  end
end

defmodule Main do
  def run do
    s = %Secret{value: 42}

    try do
      {:ok, _} = s
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      case s do
        :nope -> :ok
      end
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      Map.fetch!(%{a: s}, :b)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      raise ArgumentError, "bad: #{inspect(s)}"
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      to_string(s)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      Enum.map(s, & &1)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      throw(s)
    catch
      value -> IO.puts("caught " <> inspect(value))
    end
  end
end

Main.run()
