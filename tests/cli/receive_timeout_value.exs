defmodule M do
  def f(t) do
    IO.puts("waiting")
    y = 1
    receive do
      x -> x
    after
      t -> y
    end
  end
end

M.f(:soon)
