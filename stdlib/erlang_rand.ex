# :rand: uniform random numbers from a xorshift64* generator whose state is
# kept in the process dictionary (Erlang's default algorithm, exsss, and
# its seeding are not reproduced: a seeded sequence differs from BEAM's;
# docs/compat.md).
defmodule :rand do
  @mask 0xFFFFFFFFFFFFFFFF

  def seed(_alg), do: seed(:exsss, {:erlang.monotonic_time(), :erlang.unique_integer(), 0x9E3779B97F4A7C15})

  def seed(alg, seed) when is_integer(seed), do: seed(alg, {seed, 0, 0})

  def seed(alg, {a, b, c}) do
    state = :erlang.band(:erlang.bxor(:erlang.bxor(a * 0x9E3779B97F4A7C15, b * 0xBF58476D1CE4E5B9), c * 0x94D049BB133111EB), @mask)
    state = if state == 0, do: 0x2545F4914F6CDD1D, else: state
    :erlang.put(:rand_seed, state)
    {%{type: alg}, state}
  end

  defp next do
    x =
      case :erlang.get(:rand_seed) do
        :undefined -> elem(seed(:exsss), 1)
        s -> s
      end

    x = :erlang.bxor(x, :erlang.bsr(x, 12))
    x = :erlang.bxor(x, :erlang.band(:erlang.bsl(x, 25), @mask))
    x = :erlang.bxor(x, :erlang.bsr(x, 27))
    :erlang.put(:rand_seed, x)
    :erlang.bsr(:erlang.band(x * 0x2545F4914F6CDD1D, @mask), 11)
  end

  # A float in [0.0, 1.0).
  def uniform(), do: next() / 9_007_199_254_740_992

  # An integer in 1..n.
  # Above 2^53 the 53-bit draws are concatenated until they cover n.
  def uniform(n) when is_integer(n) and n >= 1 and n <= 9_007_199_254_740_992, do: rem(next(), n) + 1
  def uniform(n) when is_integer(n) and n >= 1, do: rem(wide(n, next(), 9_007_199_254_740_992), n) + 1

  defp wide(n, acc, span) when span > n * 64, do: acc
  defp wide(n, acc, span), do: wide(n, acc * 9_007_199_254_740_992 + next(), span * 9_007_199_254_740_992)
end
