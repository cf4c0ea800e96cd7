<<x::binary, y>> = "ab"
IO.inspect({x, y})
