defmodule Matrix do
  defstruct rows: []

  @doc """
  Parses a matrix from a string.

      iex> Matrix.from_string("1 2\\n3 4").rows
      [[1, 2], [3, 4]]
  """
  def from_string(input) do
    rows =
      input
      |> String.split("\n", trim: true)
      |> Enum.map(fn line -> line |> String.split() |> Enum.map(&String.to_integer/1) end)

    %Matrix{rows: rows}
  end

  def columns(%Matrix{rows: rows}), do: rows |> Enum.zip() |> Enum.map(&Tuple.to_list/1)

  def saddle_points(%Matrix{rows: rows} = m) do
    cols = columns(m)

    for {row, r} <- Enum.with_index(rows),
        {value, c} <- Enum.with_index(row),
        value == Enum.max(row),
        value == Enum.min(Enum.at(cols, c)),
        do: {r, c}
  end
end
