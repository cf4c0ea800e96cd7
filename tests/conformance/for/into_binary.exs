# into: a binary: appending bitstrings, non-byte results, a prefix.
IO.inspect(for x <- [1, 2, 3], into: "", do: <<x>>)
IO.inspect(for x <- [1, 2, 3], into: "start:", do: <<x + ?0>>)
IO.inspect(for x <- [1, 0, 1, 1], into: <<>>, do: <<x::1>>)
IO.inspect(for x <- [1, 2], into: <<7::3>>, do: <<x::5>>)
IO.puts(for w <- ["a", "b", "c"], into: "", do: w <> w)
IO.puts(for c <- 'hello', into: "", do: <<c - 32>>)
IO.inspect(for x <- [], into: "empty", do: x)
up = fn s -> for <<c <- s>>, into: "", do: <<(if c in ?a..?z, do: c - 32, else: c)>> end
IO.puts(up.("Hello, World"))
try do
  for x <- [1, 2], into: "", do: x
catch
  kind, reason -> IO.inspect({kind, reason})
end
