# Functions deprecated in Elixir 1.14 that older code still calls.
IO.inspect(Map.map(%{a: 1, b: 2}, fn {_k, v} -> v * 2 end))
IO.inspect(Map.size(%{a: 1}))
IO.inspect({Integer.to_char_list(255), Integer.to_char_list(255, 16)})
IO.inspect(Atom.to_char_list(:ab))
IO.inspect(Float.to_char_list(1.5))

try do
  Map.size([])
rescue
  e -> IO.inspect(e.__struct__)
end
