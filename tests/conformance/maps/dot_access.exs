m = %{name: "Ann", age: 30, nested: %{city: "Oslo"}}
IO.puts(m.name)
IO.inspect(m.age)
IO.puts(m.nested.city)
try do
  m.missing
rescue
  KeyError -> IO.puts("KeyError")
end
n = 1
try do
  n.key
rescue
  KeyError -> IO.puts("KeyError on non-map")
end
defmodule Mod do
  def value, do: :from_module
end
mod = Mod
IO.inspect(mod.value)
