defmodule Matrix do
  def new(rows, cols, fun), do: for(i <- 0..(rows - 1), do: for(j <- 0..(cols - 1), do: fun.(i, j)))
  def identity(n), do: new(n, n, fn i, j -> if i == j, do: 1, else: 0 end)
  def transpose([]), do: []
  def transpose([[] | _]), do: []
  def transpose(m), do: [Enum.map(m, &hd/1) | transpose(Enum.map(m, &tl/1))]
  def multiply(a, b) do
    bt = transpose(b)
    for row <- a, do: for(col <- bt, do: dot(row, col))
  end
  def dot(a, b), do: Enum.zip(a, b) |> Enum.map(fn {x, y} -> x * y end) |> Enum.sum()
  def add(a, b), do: Enum.zip_with(a, b, fn r1, r2 -> Enum.zip_with(r1, r2, &+/2) end)
  def to_string(m) do
    width = m |> List.flatten() |> Enum.map(&(&1 |> Integer.to_string() |> String.length())) |> Enum.max()
    m
    |> Enum.map(fn row -> row |> Enum.map(&String.pad_leading(Integer.to_string(&1), width)) |> Enum.join(" ") end)
    |> Enum.join("\n")
  end
  def determinant([[a]]), do: a
  def determinant([[a, b], [c, d]]), do: a * d - b * c
  def determinant([first | rest]) do
    first
    |> Enum.with_index()
    |> Enum.map(fn {x, j} ->
      minor = Enum.map(rest, fn row -> List.delete_at(row, j) end)
      sign = if rem(j, 2) == 0, do: 1, else: -1
      sign * x * determinant(minor)
    end)
    |> Enum.sum()
  end
end

a = Matrix.new(3, 3, fn i, j -> i * 3 + j + 1 end)
IO.puts(Matrix.to_string(a))
IO.puts("")
IO.puts(Matrix.to_string(Matrix.transpose(a)))
IO.inspect(Matrix.multiply(a, Matrix.identity(3)) == a)
IO.inspect(Matrix.multiply(a, a))
IO.inspect(Matrix.add(a, a))
IO.inspect(Matrix.determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
IO.inspect(Matrix.determinant(a))
