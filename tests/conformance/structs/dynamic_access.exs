defmodule Item do
  defstruct id: 0, qty: 1
end

defmodule Main do
  def run do
    i = %Item{id: 7}
    IO.inspect(Map.get(i, :qty))
    IO.inspect(Map.keys(i))
    IO.inspect(Map.values(i))
    IO.inspect(Map.put(i, :qty, 9))
    IO.inspect(Map.has_key?(i, :id))
    IO.inspect(i == %Item{id: 7})
    IO.inspect(i == %{__struct__: Item, id: 7, qty: 1})
    IO.inspect(Map.delete(i, :qty))
    try do
      i.missing
    rescue
      e in KeyError -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
