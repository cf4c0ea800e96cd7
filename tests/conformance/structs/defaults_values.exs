defmodule D do
  defstruct list: [1, 2], map: %{a: 1}, tuple: {:ok, 1}, str: "s", neg: -3, float: 1.5, atom: :x
end

defmodule Main do
  def run do
    d = %D{}
    IO.inspect(d.list)
    IO.inspect(d.map)
    IO.inspect(d.tuple)
    IO.inspect(d.neg)
    IO.inspect(d.float)
    IO.inspect(%{d | list: [], map: %{}, str: ""})
  end
end

Main.run()
