defmodule Acc do
  defstruct total: 0, count: 0, label: nil
end

defmodule Main do
  def add(%Acc{} = acc, n), do: %Acc{acc | total: acc.total + n, count: acc.count + 1}

  def run do
    acc = Enum.reduce([1, 2, 3, 4], %Acc{label: :sum}, fn n, a -> add(a, n) end)
    IO.inspect(acc)
    IO.inspect(%{acc | label: :changed})
    IO.inspect(%Acc{acc | total: 0})
  end
end

Main.run()
