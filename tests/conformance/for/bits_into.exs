# Bitstring generators into binaries: transforms of pixel data and text.
pixels = <<255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30>>
gray = for <<r, g, b <- pixels>>, into: "", do: <<div(r + g + b, 3)>>
IO.inspect(gray)
swapped = for <<r, g, b <- pixels>>, into: <<>>, do: <<b, g, r>>
IO.inspect(swapped)
rot13 = fn s ->
  for <<c <- s>>, into: "" do
    cond do
      c in ?a..?z -> <<rem(c - ?a + 13, 26) + ?a>>
      c in ?A..?Z -> <<rem(c - ?A + 13, 26) + ?A>>
      true -> <<c>>
    end
  end
end
IO.puts(rot13.("Hello, World!"))
IO.puts(rot13.(rot13.("Hello, World!")))
packed = for x <- [1, 2, 3, 4], into: <<>>, do: <<x::4>>
IO.inspect(packed)
IO.inspect(for <<n::4 <- packed>>, do: n)
