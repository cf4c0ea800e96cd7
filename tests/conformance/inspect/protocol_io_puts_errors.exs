# IO.puts/IO.write raise Protocol.UndefinedError without String.Chars, and
# ArgumentError for lists that are not chardata.
defmodule NoChars do
  defstruct [:a]
end

defmodule Main do
  def run do
    for value <- [%NoChars{a: 1}, {1, 2}, %{a: 1}, <<1::3>>] do
      try do
        IO.puts(value)
      rescue
        e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
      end
    end

    try do
      IO.write(%NoChars{})
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      IO.puts([%NoChars{}])
    rescue
      e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
    end

    try do
      IO.puts([1, :a])
    rescue
      e -> IO.puts(inspect(e.__struct__))
    end
  end
end

Main.run()
