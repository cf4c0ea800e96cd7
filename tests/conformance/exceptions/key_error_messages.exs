defmodule Main do
  def run do
    for f <- [
          fn -> Map.fetch!(%{a: 1}, :b) end,
          fn -> %{a: 1}.b end,
          fn -> Map.update!(%{}, :c, & &1) end,
          fn -> raise KeyError end,
          fn -> raise KeyError, key: :x end,
          fn -> raise KeyError, key: :x, term: [y: 1] end
        ] do
      try do
        f.()
      rescue
        e in KeyError -> IO.puts(Exception.message(e))
      end
    end
  end
end

Main.run()
