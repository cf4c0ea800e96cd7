defmodule V do
  defstruct n: 0
end

defmodule Main do
  def run do
    a = %V{n: 1}
    b = %V{n: 2}
    IO.inspect(a == %V{n: 1})
    IO.inspect(a === b)
    IO.inspect(a < b)
    IO.inspect(Enum.max([b, a, %V{n: 0}]))
    IO.inspect(Enum.filter([a, a, b], &(&1 == a)))
    IO.inspect(%{a => :first}[a])
  end
end

Main.run()
