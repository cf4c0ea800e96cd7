l = [:a, :b, :c, :d, :e, :f, :g]
IO.inspect Enum.slide(l, 5, 1)
IO.inspect Enum.slide(l, 3..5, 1)
IO.inspect Enum.slide(l, 1..3, 5)
IO.inspect Enum.slide(l, 1..3, 4)
IO.inspect Enum.slide(l, 1..3, 10)
IO.inspect Enum.slide(l, -3..-1, 0)
IO.inspect Enum.slide(l, 0, -1)
IO.inspect Enum.slide(1..7, 0..1, 3)
try do IO.inspect Enum.slide(l, 2..1, 0) rescue e -> IO.inspect(e) end
for f <- [fn -> Enum.slide(l, 1..3, 2) end, fn -> Enum.slide(l, 1..5//2, 0) end] do
  try do f.() rescue e -> IO.inspect(e) end
end
IO.inspect Enum.chunk([1,2,3,4,5], 2)
IO.inspect Enum.chunk([1,2,3,4,5], 2, 1, [0])
IO.inspect Enum.filter_map([1,2,3], &(&1 > 1), &(&1 * 2))
IO.inspect Enum.uniq([1,2,3,4], &rem(&1, 2))
for s <- ["", "f", "fo", "foo", "foob", "fooba", "foobar", <<255, 0, 1>>] do
  e = Base.encode32(s); h = Base.hex_encode32(s, case: :lower)
  IO.inspect {e, Base.decode32!(e), h, Base.hex_decode32!(h, case: :lower), Base.encode32(s, padding: false), Base.decode32(Base.encode32(s, padding: false), padding: false)}
end
IO.inspect {Base.decode32("MZXW6==="), Base.decode32("MZXW6"), Base.decode32("mzxw6===", case: :lower), Base.decode32("mZxW6===", case: :mixed), Base.decode32("M1XW6===")}
for s <- ["MZXW6==", "M1XW6==="] do
  try do Base.decode32!(s) rescue e -> IO.inspect(e) end
end
