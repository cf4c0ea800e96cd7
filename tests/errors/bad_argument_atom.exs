defmodule Count do
  def len(x), do: length(x)
end

IO.puts(Count.len([1, 2, 3]))
IO.puts(Count.len(:not_a_list))
