# Many-clause functions on atoms and integers: one select_val each.
defmodule Colors do
  def code(:red), do: 1
  def code(:orange), do: 2
  def code(:yellow), do: 3
  def code(:green), do: 4
  def code(:blue), do: 5
  def code(:indigo), do: 6
  def code(:violet), do: 7
  def code(:black), do: 8
  def code(:white), do: 9
  def code(:gray), do: 10
  def code(:brown), do: 11
  def code(:pink), do: 12
  def code(other) when is_atom(other), do: {:unknown, other}

  def name(1), do: "one"
  def name(2), do: "two"
  def name(3), do: "three"
  def name(5), do: "five"
  def name(8), do: "eight"
  def name(13), do: "thirteen"
  def name(21), do: "twenty-one"
  def name(34), do: "thirty-four"
  def name(55), do: "fifty-five"
  def name(-1), do: "minus one"
  def name(0), do: "zero"
  def name(n) when n > 100, do: "big"
end

for c <- [:red, :orange, :yellow, :green, :blue, :indigo, :violet, :black, :white, :gray, :brown, :pink, :cyan, nil, true] do
  IO.inspect({c, Colors.code(c)})
end

for n <- [1, 2, 3, 5, 8, 13, 21, 34, 55, -1, 0, 101, 1.0, 2.0] do
  IO.inspect(try do
    Colors.name(n)
  rescue
    e in FunctionClauseError -> Exception.message(e)
  end)
end

try do
  Colors.code("red")
rescue
  e -> IO.puts(Exception.message(e))
end
