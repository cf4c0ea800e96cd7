IO.inspect Enum.into([], "abc")
IO.inspect Enum.into(["x", "y"], "abc")
IO.inspect Enum.into([<<1::1>>], <<>>)
IO.inspect Enum.into([<<1::1>>, "a"], "z")
IO.inspect for x <- [1, 2], into: "", do: "#{x}"
IO.inspect Enum.into([<<3::2>>], <<1::1>>)
{acc, f} = Collectable.into("s"); IO.inspect acc; IO.inspect f.(acc, :done)
