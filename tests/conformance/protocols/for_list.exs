defprotocol Sized do
  def size(x)
end

defimpl Sized, for: [List, Tuple] do
  def size(x) when is_list(x), do: length(x)
  def size(x), do: tuple_size(x)
end

defimpl Sized, for: [BitString, Map] do
  def size(x) when is_map(x), do: map_size(x)
  def size(x), do: byte_size(x)
end

IO.inspect(Sized.size([1, 2, 3]))
IO.inspect(Sized.size({1, 2}))
IO.inspect(Sized.size("abcd"))
IO.inspect(Sized.size(%{a: 1}))
IO.inspect(Sized.impl_for([]))
IO.inspect(Sized.impl_for({}))
IO.inspect(Sized.impl_for(""))
IO.inspect(Sized.List.__impl__(:for))
IO.inspect(Sized.Tuple.__impl__(:for))
