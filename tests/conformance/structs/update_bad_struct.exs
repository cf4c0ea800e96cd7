defmodule A do
  defstruct a: 1
end

defmodule B do
  defstruct a: 1
end

defmodule Main do
  def set(x), do: %A{x | a: 2}

  def run do
    IO.inspect(set(%A{}))
    for bad <- [%B{}, %{a: 1}, :atom] do
      try do
        set(bad)
      rescue
        e in BadStructError -> IO.puts(Exception.message(e))
        e in BadMapError -> IO.puts("badmap: " <> Exception.message(e))
      end
    end
  end
end

Main.run()
