# try/rescue/catch/after: a raise clobbers the x registers, so locals read in
# handlers, after the try, or in else clauses must survive it.
defmodule TryClobber do
  def boom(x) when x > 2, do: raise(ArgumentError, "big #{x}")
  def boom(x), do: x

  def a(x) do
    k = x * 10
    r =
      try do
        j = k + 1
        boom(x) + j
      rescue
        e in ArgumentError -> {:rescued, e.message, k}
      end
    {k, r}
  end

  def b(x) do
    k = x + 100
    try do
      m = k * 2
      if x > 1, do: throw({:t, m})
      m
    catch
      :throw, {:t, v} -> {:caught, v, k}
    else
      v -> {:else, v, k}
    after
      IO.puts("after #{k}")
    end
  end

  def c(x) do
    k = x - 1
    v = try do
      :erlang.error(:oops)
    rescue
      ErlangError -> k * 2
    end
    w = k + v
    {k, v, w}
  end

  def d(x) do
    a = x + 1
    b =
      try do
        1 / x
      rescue
        ArithmeticError -> :inf
      end
    {a, b}
  end
end

IO.inspect(TryClobber.a(1))
IO.inspect(TryClobber.a(5))
IO.inspect(TryClobber.b(1))
IO.inspect(TryClobber.b(2))
IO.inspect(TryClobber.c(3))
IO.inspect(TryClobber.d(0))
IO.inspect(TryClobber.d(4))
