defmodule Main do
  def run do
    for f <- [fn -> Enum.max([]) end, fn -> Enum.min([]) end, fn -> Enum.reduce([], &+/2) end] do
      try do
        f.()
      rescue
        e in Enum.EmptyError -> IO.puts("empty: " <> Exception.message(e))
      end
    end
    IO.inspect(Enum.max([3, 9, 2]))
  end
end

Main.run()
