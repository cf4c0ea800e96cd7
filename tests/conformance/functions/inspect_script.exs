# Funs made by a script's top level print with the script's file name.
mask = fn s -> Regex.replace(~r/<\d+\.\d+/, s, "<N.U") end
IO.puts(mask.(inspect(fn -> 1 end)))
IO.puts(mask.(inspect(fn x, y -> x + y end)))
IO.puts(mask.(inspect(&(&1 * 2))))
g = Enum.map([1], fn x -> fn -> x end end) |> hd()
IO.puts(mask.(inspect(g)))
IO.puts(mask.("#{inspect(mask)}"))
