defmodule MatrixTest do
  use ExUnit.Case
  doctest Matrix

  @input """
  9 8 7
  5 3 2
  6 6 7
  """

  setup do
    {:ok, matrix: Matrix.from_string(@input)}
  end

  test "columns", %{matrix: m} do
    assert Matrix.columns(m) == [[9, 5, 6], [8, 3, 6], [7, 2, 7]]
  end

  test "saddle points", %{matrix: m} do
    assert Matrix.saddle_points(m) == [{1, 0}]
  end

  test "struct" do
    assert %Matrix{rows: [[1]]} == Matrix.from_string("1")
  end
end
