defmodule Main do
  def f(:only), do: :ok

  def show(fun) do
    try do
      fun.()
    rescue
      e ->
        IO.inspect(e.__struct__)
        IO.puts(Exception.message(e))
    end
  end

  def run do
    show(fn -> 1 + hd([:a]) end)
    show(fn -> f(hd([:other])) end)
    show(fn -> [x] = Enum.to_list(1..2); x end)
    show(fn -> case Enum.count([1]) do 2 -> :two end end)
    show(fn -> cond do Enum.count([]) > 0 -> 1 end end)
    show(fn -> Map.fetch!(%{a: 1}, :b) end)
    show(fn -> :erlang.error(:some_reason) end)
    show(fn -> :erlang.error({:badmap, 3}) end)
    show(fn -> :erlang.error({:badkey, :k}) end)
    show(fn -> :erlang.error({:badfun, 3}) end)
    show(fn -> :erlang.error(:system_limit) end)
  end
end

Main.run()
