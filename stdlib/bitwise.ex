# Bitwise (Elixir 1.14): functions that call the :erlang bitwise builtins.
# The compiler inlines calls of them (imported or remote, in bodies and in
# guards) as the :erlang calls, as Elixir's elixir_rewrite does, which is
# what makes them guard-safe (compiler/lower.cpp); these definitions serve
# captures (&band/2), apply/3 and other dynamic calls.
defmodule Bitwise do
  # `use Bitwise` (deprecated in Elixir 1.14, still supported there).
  defmacro __using__(options) do
    except =
      cond do
        option(options, :only_operators) -> [bnot: 1, band: 2, bor: 2, bxor: 2, bsl: 2, bsr: 2]
        option(options, :skip_operators) -> [~~~: 1, &&&: 2, |||: 2, ^^^: 2, <<<: 2, >>>: 2]
        true -> []
      end

    quote do
      import Bitwise, except: unquote(except)
    end
  end

  defp option([{key, value} | _], key), do: value
  defp option([_ | rest], key), do: option(rest, key)
  defp option([], _key), do: nil

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
