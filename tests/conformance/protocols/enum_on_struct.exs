defmodule Countdown do
  defstruct from: 3
end

defimpl Enumerable, for: Countdown do
  def count(%Countdown{from: n}), do: {:ok, n}
  def member?(%Countdown{from: n}, x), do: {:ok, is_integer(x) and x >= 1 and x <= n}
  def slice(_), do: {:error, __MODULE__}

  def reduce(_, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(c, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(c, &1, fun)}
  def reduce(%Countdown{from: 0}, {:cont, acc}, _fun), do: {:done, acc}
  def reduce(%Countdown{from: n}, {:cont, acc}, fun), do: reduce(%Countdown{from: n - 1}, fun.(n, acc), fun)
end

defmodule Main do
  def run do
    c = %Countdown{from: 5}
    IO.inspect(Enum.to_list(c))
    IO.inspect(Enum.count(c))
    IO.inspect(Enum.count(c, &(&1 > 2)))
    IO.inspect(Enum.member?(c, 3))
    IO.inspect(Enum.member?(c, 9))
    IO.inspect(Enum.map(c, &(&1 * &1)))
    IO.inspect(Enum.filter(c, &(rem(&1, 2) == 1)))
    IO.inspect(Enum.reject(c, &(rem(&1, 2) == 1)))
    IO.inspect(Enum.reduce(c, 0, &+/2))
    IO.inspect(Enum.sum(c))
    IO.inspect(Enum.reverse(c))
    IO.inspect(Enum.any?(c, &(&1 == 4)))
    IO.inspect(Enum.all?(c, &(&1 > 0)))
    IO.inspect(Enum.with_index(c, 0))
    IO.inspect(Enum.take(c, 2))
    IO.inspect(Enum.max(c))
    IO.inspect(Enum.min(c))
    IO.inspect(Enum.concat(c, [0]))
    IO.inspect(Enum.flat_map(%Countdown{from: 2}, &[&1, &1]))
    IO.inspect(for x <- %Countdown{from: 3}, do: x + 100)
    Enum.each(%Countdown{from: 2}, &IO.puts/1)
  end
end

Main.run()
