defmodule Euclid do
  def gcd(a, 0), do: a
  def gcd(a, b), do: gcd(b, rem(a, b))

  def lcm(a, b), do: div(a * b, gcd(a, b))
end

IO.puts(Euclid.gcd(48, 18))
IO.puts(Euclid.gcd(17, 5))
IO.puts(Euclid.lcm(4, 6))
IO.puts(Euclid.lcm(21, 6))
