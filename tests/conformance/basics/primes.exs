defmodule Primes do
  def prime?(n) when n < 2, do: false
  def prime?(n), do: check(n, 2)

  defp check(n, d) when d * d > n, do: true
  defp check(n, d) do
    if rem(n, d) == 0, do: false, else: check(n, d + 1)
  end

  def count(limit), do: count(2, limit, 0)
  defp count(n, limit, acc) when n > limit, do: acc
  defp count(n, limit, acc) do
    if prime?(n), do: count(n + 1, limit, acc + 1), else: count(n + 1, limit, acc)
  end
end

IO.puts(Primes.count(2000))
IO.puts(Primes.prime?(7919))
IO.puts(Primes.prime?(7917))
