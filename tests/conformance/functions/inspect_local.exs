# Local funs: #Function<INDEX.UNIQ/ARITY in Mod.fun/arity>; the numbers
# differ between VMs, so they are masked.
defmodule FunInspect do
  def pub(x), do: x
  defp priv(x), do: x
  def caps, do: [&pub/1, &priv/1, &FunInspect.pub/1, &__MODULE__.pub/1, fn x -> x end, &(&1 + 1), &Kernel.to_string/1]
  def nested(y), do: fn -> fn z -> y + z end end
  def unquote(:"test x")(a), do: fn -> a end
end

defmodule Mask do
  def m(s), do: Regex.replace(~r/<\d+\.\d+/, s, "<N.U")
end

for f <- FunInspect.caps(), do: IO.puts(Mask.m(inspect(f)))
f = FunInspect.nested(1)
IO.puts(Mask.m(inspect(f)))
IO.puts(Mask.m(inspect(f.())))
IO.puts(Mask.m(inspect(FunInspect."test x"(1))))
IO.puts(Mask.m(inspect([f, f])))
IO.puts(Mask.m(inspect(%{a: f})))
