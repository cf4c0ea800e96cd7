# with/else clauses and try/rescue/else go through the same matching.
defmodule W do
  def run(input) do
    with {:ok, a} <- step(input, :a),
         {:ok, b} when b > 0 <- step(a, :b),
         [c | _] <- [b * 2] do
      {:done, c}
    else
      {:error, :a} -> :failed_a
      {:error, reason} when is_atom(reason) -> {:failed, reason}
      {:ok, 0} -> :zero_b
      {:ok, n} -> {:negative_b, n}
    end
  end

  defp step(:bad_a, :a), do: {:error, :a}
  defp step(:bad_b, :a), do: {:ok, :bad_b}
  defp step(:bad_b, :b), do: {:error, :b}
  defp step(:weird, :a), do: {:ok, :weird}
  defp step(:weird, :b), do: :weird
  defp step(n, _) when is_integer(n), do: {:ok, n - 1}

  def safe(f) do
    try do
      f.()
    rescue
      ArgumentError -> :arg
      e in [ArithmeticError, KeyError] -> {:math_or_key, e.__struct__}
      e in RuntimeError -> {:runtime, e.message}
    catch
      :throw, {:tag, v} -> {:thrown_tag, v}
      :throw, v -> {:thrown, v}
      :exit, r -> {:exit, r}
    else
      0 -> :zero
      n when is_integer(n) -> {:int, n}
      other -> {:value, other}
    end
  end
end

for v <- [5, 1, 0, :bad_a, :bad_b] do
  IO.inspect(W.run(v))
end
try do
  W.run(:weird)
rescue
  e in WithClauseError -> IO.puts(Exception.message(e))
end

IO.inspect(W.safe(fn -> raise ArgumentError end))
IO.inspect(W.safe(fn -> 1 / 0 end))
IO.inspect(W.safe(fn -> Map.fetch!(%{}, :k) end))
IO.inspect(W.safe(fn -> raise "boom" end))
IO.inspect(W.safe(fn -> throw({:tag, 1}) end))
IO.inspect(W.safe(fn -> throw(:plain) end))
IO.inspect(W.safe(fn -> exit(:bye) end))
IO.inspect(W.safe(fn -> 0 end))
IO.inspect(W.safe(fn -> 7 end))
IO.inspect(W.safe(fn -> :atom end))
