# Signed and unsigned views of the same bits, at several widths.
for bits <- [4, 8, 12, 16, 33, 64, 65] do
  <<u::size(bits)>> = <<-1::size(bits)>>
  <<s::signed-size(bits)>> = <<-1::size(bits)>>
  IO.inspect({bits, u, s})
end
<<x::signed-8, y::signed-8>> = <<127, 128>>
IO.inspect({x, y})
<<m::signed-little-32>> = <<-100000::little-32>>
IO.inspect(m)
IO.inspect(<<-129::signed-8>>)
IO.inspect(<<200::signed-8>>)
