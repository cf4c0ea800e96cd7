defmodule UsesEnum do
  import Enum, only: [map: 2, sum: 1]
  def f(list), do: list |> map(&(&1 * 2)) |> sum()
end

IO.inspect(UsesEnum.f([1, 2, 3]))
