defmodule Main do
  def run(f) do
    try do
      f.()
    rescue
      e in [KeyError] -> {:key, e.key}
      e in ArgumentError -> {:arg, e.message}
      e -> {:other, e.__struct__}
    end
  end
end

IO.inspect(Main.run(fn -> Map.fetch!(%{}, :k) end))
IO.inspect(Main.run(fn -> raise ArgumentError, "bad" end))
IO.inspect(Main.run(fn -> raise "rt" end))
IO.inspect(Main.run(fn -> 1 = Enum.count([1, 2]) end))
IO.inspect(Main.run(fn -> :ok end))
