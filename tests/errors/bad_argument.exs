defmodule Pick do
  def third(t), do: elem(t, 2)
end

IO.inspect(Pick.third({:a, :b, :c}))
Pick.third({:a, :b})
