# An alias lasts to the end of the block it is in (a function, fn or clause
# body), as in Elixir; a parenthesised block or an argument is not a block.
defmodule Blocks do
  def in_if do
    if true do
      alias String.Chars, as: X
      IO.inspect X
    end
    IO.inspect X
  end

  def in_else do
    if false, do: :x, else: (alias Map, as: O; IO.inspect(O))
    IO.inspect O
  end

  def in_case do
    case 1 do
      1 -> alias Enum, as: Y; IO.inspect(Y)
    end
    IO.inspect Y
  end

  def in_fn do
    f = fn -> alias Map, as: Z; Z end
    IO.inspect f.()
    IO.inspect Z
  end

  def in_parens do
    (alias Map, as: W; IO.inspect(W))
    IO.inspect W
  end

  def in_match do
    x = (alias Map, as: V; V)
    IO.inspect {x, V}
  end

  def in_argument do
    IO.inspect {alias(Map, as: N1), N1}
    IO.inspect N1
  end

  def in_cond do
    cond do
      true -> alias Map, as: U; IO.inspect(U)
    end
    IO.inspect U
  end

  def in_try do
    try do
      alias Map, as: S
      IO.inspect S
    rescue
      _ -> :ok
    after
      IO.inspect S
    end
    IO.inspect S
  end

  def in_rescue do
    try do
      raise "x"
    rescue
      _ -> alias Map, as: S2; IO.inspect(S2)
    end
    IO.inspect S2
  end

  def in_for do
    for x <- [1] do
      alias Map, as: R
      IO.inspect {x, R}
    end
    IO.inspect R
  end

  def in_with(x) do
    with {:ok, y} <- x do
      alias Map, as: Q
      IO.inspect {y, Q}
    end
    IO.inspect Q
  end

  def nested do
    alias Enum, as: E
    if true do
      alias Map, as: E
      IO.inspect E
      case :a do
        :a -> alias List, as: E; IO.inspect(E)
      end
      IO.inspect E
    end
    IO.inspect E
  end

  # An alias in one function does not reach the next.
  def first do
    alias Map, as: Leak
    IO.inspect Leak
  end

  def second, do: IO.inspect(Leak)
end

Blocks.in_if()
Blocks.in_else()
Blocks.in_case()
Blocks.in_fn()
Blocks.in_parens()
Blocks.in_match()
Blocks.in_argument()
Blocks.in_cond()
Blocks.in_try()
Blocks.in_rescue()
Blocks.in_for()
Blocks.in_with({:ok, 1})
Blocks.nested()
Blocks.first()
Blocks.second()
# At a script's top level too.
if true do
  alias Map, as: Top
  IO.inspect Top
end
IO.inspect Top
alias Enum, as: Top2
IO.inspect Top2
