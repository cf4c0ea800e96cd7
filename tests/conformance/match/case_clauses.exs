# case with many clauses: literals, tuples, lists, guards, CaseClauseError.
defmodule C do
  def classify(x) do
    case x do
      0 -> :zero
      1 -> :one
      2 -> :two
      :ok -> :ok_atom
      {:ok, v} when is_integer(v) -> {:ok_int, v}
      {:ok, v} -> {:ok_other, v}
      {:error, :enoent} -> :no_file
      {:error, reason} -> {:error, reason}
      [] -> :empty
      [x] -> {:single, x}
      [x, x | _] -> {:pair_start, x}
      [_ | t] -> {:tail, t}
      n when is_integer(n) and n < 0 -> :negative
    end
  end
end

for v <- [0, 1, 2, :ok, {:ok, 5}, {:ok, "s"}, {:error, :enoent}, {:error, :eacces}, [], [7], [3, 3, 4], [3, 4], -5] do
  IO.inspect(C.classify(v))
end

for v <- [5, :other, {:ok, 1, 2}, "str"] do
  try do
    C.classify(v)
  rescue
    e in CaseClauseError -> IO.puts(Exception.message(e))
  end
end
