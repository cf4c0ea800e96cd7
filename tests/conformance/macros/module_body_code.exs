defmodule Steps do
  IO.puts("step 1")
  @limit 3
  values = for i <- 1..@limit, do: i * i
  IO.inspect(values)
  def values, do: unquote(values)
  IO.puts("step 2")
end

IO.puts("defined")
IO.inspect(Steps.values())

defmodule Raises do
  IO.puts("about to fail")
  raise "module body failed"
end
