defmodule Grow do
  def loop(acc, n), do: loop([{n, "abc"} | acc], n + 1)
end
Grow.loop([], 0)
