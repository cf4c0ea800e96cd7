defmodule Main do
  def show(f) do
    try do
      f.()
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end

  def run do
    x = Enum.count([1])
    show(fn -> x.() end)
    show(fn -> Map.get(x, :a) end)
    show(fn -> x and true end)
    show(fn -> Nope.Module.call() end)
    show(fn -> Main.no_such_function() end)
    show(fn -> Enum.map(x, & &1) end)
    show(fn -> with {:ok, v} <- {:error, x} do v else {:ok, _} -> :never end end)
  end
end

Main.run()
