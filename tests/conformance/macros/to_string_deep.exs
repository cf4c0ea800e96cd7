# Deeply nested forms print (within 450 levels) without blowing the stack.
for n <- [10, 100, 450] do
  ast = Enum.reduce(1..n, 0, fn i, acc -> {:+, [], [acc, i]} end)
  IO.puts byte_size(Macro.to_string(ast))
  ast = Enum.reduce(1..n, 0, fn _, acc -> [acc] end)
  IO.puts byte_size(Macro.to_string(ast))
  ast = Enum.reduce(1..n, :x, fn _, acc -> {:f, [], [acc]} end)
  IO.puts byte_size(Macro.to_string(ast))
  ast = Enum.reduce(1..n, :x, fn _, acc -> {:|>, [], [acc, {:g, [], []}]} end)
  IO.puts byte_size(Macro.to_string(ast))
end
IO.puts Macro.to_string(Enum.reduce(1..12, 0, fn i, acc -> {:+, [], [acc, i]} end))
IO.puts Macro.to_string(Enum.reduce(1..40, :x, fn _, acc -> {:f, [], [acc]} end))
