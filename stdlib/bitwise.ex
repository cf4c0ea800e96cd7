# Bitwise (Elixir 1.14): functions that call the :erlang bitwise builtins.
# The compiler inlines calls of them (imported or remote, in bodies and in
# guards) as the :erlang calls, as Elixir's elixir_rewrite does, which is
# what makes them guard-safe (compiler/lower.cpp); these definitions serve
# captures (&band/2), apply/3 and other dynamic calls.
defmodule Bitwise do
  def bnot(expr), do: :erlang.bnot(expr)
  def ~~~expr, do: :erlang.bnot(expr)
  def band(left, right), do: :erlang.band(left, right)
  def left &&& right, do: :erlang.band(left, right)
  def bor(left, right), do: :erlang.bor(left, right)
  def left ||| right, do: :erlang.bor(left, right)
  def bxor(left, right), do: :erlang.bxor(left, right)
  def left ^^^ right, do: :erlang.bxor(left, right)
  def bsl(left, right), do: :erlang.bsl(left, right)
  def left <<< right, do: :erlang.bsl(left, right)
  def bsr(left, right), do: :erlang.bsr(left, right)
  def left >>> right, do: :erlang.bsr(left, right)
end
