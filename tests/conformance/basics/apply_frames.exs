defmodule ApplyFrames do
  def sum3(a, b, c), do: a + b + c
  def wide(a, b, c, d, e, f, g, h, i, j), do: [j, i, h, g, f, e, d, c, b, a]

  # values live across a non-tail apply survive it
  def around(x) do
    before = {x, x * 2}
    r = apply(ApplyFrames, :sum3, [x, x, x])
    after_ = apply(fn a -> a - 1 end, [r])
    {before, r, after_}
  end

  # apply in a case branch, in a try, in a comprehension
  def branchy(x) do
    case apply(:erlang, :rem, [x, 2]) do
      0 -> apply(fn -> :even end, [])
      _ -> apply(ApplyFrames, :odd, [x])
    end
  end

  def odd(x), do: {:odd, x}

  def guarded(m, f, a) do
    try do
      apply(m, f, a)
    rescue
      e in UndefinedFunctionError -> {:undef, e.function, e.arity}
    end
  end

  # building the argument list allocates; many calls make the collector run
  def churn(0, acc), do: acc
  def churn(n, acc), do: churn(n - 1, apply(ApplyFrames, :wide, Enum.to_list(n..(n + 9))) |> hd() |> Kernel.+(acc))
end

IO.inspect(ApplyFrames.around(5))
IO.inspect(Enum.map(1..4, &ApplyFrames.branchy/1))
IO.inspect(ApplyFrames.guarded(ApplyFrames, :sum3, [1, 2, 3]))
IO.inspect(ApplyFrames.guarded(ApplyFrames, :sum3, [1, 2]))
IO.inspect(ApplyFrames.guarded(ApplyFrames, :nothing, []))
IO.inspect(for f <- [&ApplyFrames.odd/1, fn x -> x * 10 end], x <- [1, 2], do: apply(f, [x]))
IO.inspect(ApplyFrames.churn(2000, 0))
IO.inspect(apply(ApplyFrames, :wide, Enum.to_list(1..10)))
funs = [&Kernel.+/2, &Kernel.-/2, &Kernel.*/2, &max/2]
IO.inspect(Enum.map(funs, &apply(&1, [7, 3])))
IO.inspect(apply(Enum, :reduce, [1..5, 0, &(&1 + &2)]))
