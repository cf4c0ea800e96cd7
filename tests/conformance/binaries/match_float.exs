# Matching floats of 64, 32 and 16 bits; non-finite bits do not match.
<<f::float>> = <<1.5::float>>
IO.inspect(f)
<<g::float-32>> = <<-2.25::float-32>>
IO.inspect(g)
<<h::float-16>> = <<1.5::float-16>>
IO.inspect(h)
<<l::float-little>> = <<0.1::float-little>>
IO.inspect(l)
<<m::float-32-little, rest::binary>> = <<3.0::float-32-little, "x">>
IO.inspect({m, rest})
check = fn bin ->
  case bin do
    <<x::float>> -> {:float, x}
    <<x::float-32>> -> {:float32, x}
    _ -> :other
  end
end
IO.inspect(check.(<<0x7FF0000000000000::64>>))
IO.inspect(check.(<<0x7FF8000000000000::64>>))
IO.inspect(check.(<<0x7F800000::32>>))
IO.inspect(check.(<<2.0::float>>))
IO.inspect(check.(<<2.0::float-32>>))
IO.inspect(check.(<<1, 2>>))
<<1.5::float, 2::float-32>> = <<1.5::float, 2.0::float-32>>
IO.puts("literal floats match")
