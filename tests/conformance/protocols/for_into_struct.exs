defmodule Acc do
  defstruct items: [], count: 0
end

defimpl Collectable, for: Acc do
  def into(%Acc{} = a) do
    {a,
     fn
       %Acc{items: i, count: c}, {:cont, x} -> %Acc{items: [x | i], count: c + 1}
       acc, :done -> %Acc{acc | items: Enum.reverse(acc.items)}
       _, :halt -> :ok
     end}
  end
end

defmodule Main do
  def run do
    IO.inspect(for x <- [1, 2, 3], into: %Acc{}, do: x * 10)
    IO.inspect(for x <- 1..4, rem(x, 2) == 0, into: %Acc{items: [0]}, do: x)
    IO.inspect(for x <- [1, 1, 2], uniq: true, into: %Acc{}, do: x)
    IO.inspect(Enum.into([:a, :b], %Acc{}))

    try do
      for x <- [1], into: 5, do: x
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
