defmodule Z do
  defstruct zeta: 1, alpha: 2, mid: 3
end

defmodule Main do
  def run do
    IO.inspect(%Z{})
    IO.puts(inspect(%Z{alpha: :a}))
    IO.inspect([%Z{}, %Z{mid: nil}])
    IO.inspect(Map.put(%Z{}, :extra, 1))
    IO.inspect(%{__struct__: Z})
  end
end

Main.run()
