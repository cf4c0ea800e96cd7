{acc, fun} = Collectable.into([1, 2])
acc = fun.(acc, {:cont, 3})
acc = fun.(acc, {:cont, 4})
IO.inspect(fun.(acc, :done))

{acc, fun} = Collectable.into(%{a: 1})
acc = fun.(acc, {:cont, {:b, 2}})
IO.inspect(fun.(acc, :done))

{acc, fun} = Collectable.into("ab")
acc = fun.(acc, {:cont, "cd"})
acc = fun.(acc, {:cont, "e"})
IO.inspect(fun.(acc, :done))

IO.inspect(Collectable.impl_for([]))
IO.inspect(Collectable.impl_for(%{}))
IO.inspect(Collectable.impl_for(""))
IO.inspect(Collectable.impl_for(1))
IO.inspect(Enum.into([a: 1], %{b: 2}))
IO.inspect(Enum.into([1, 2], [0]))
IO.inspect(Enum.into(["x", "y"], "w"))

try do
  Enum.into([1], :nope)
rescue
  e -> IO.puts(Exception.message(e))
end
