# Enum.slice/2 and String.slice/2 with ranges written decreasing (step -1 inferred)
IO.inspect Enum.slice([1, 2, 3, 4, 5], 1..-2)
IO.inspect Enum.slice([1, 2, 3, 4, 5], 1..-2//1)
IO.inspect Enum.slice([1, 2, 3, 4, 5], -3..-1)
IO.inspect Enum.slice(1..10, 2..-2)
IO.inspect Enum.slice([1, 2], 1..-2)
IO.inspect Enum.slice([1, 2, 3, 4, 5], 3..1)
IO.inspect Enum.slice([1, 2, 3, 4, 5, 6], 0..-1//2)
IO.inspect [1, 2, 3, 4] |> Enum.flat_map(&[&1, &1]) |> Enum.slice(1..-2) |> Enum.chunk_every(2)

try do
  Enum.slice([1, 2, 3], 0..2//-1)
rescue
  e -> IO.inspect(e)
end

IO.inspect String.slice("hello", 1..-2)
IO.inspect String.slice("hello", 1..-2//1)
IO.inspect String.slice("hello", -3..-1)
IO.inspect String.slice("hello", 3..1)
IO.inspect String.slice("hello", 0..10//2)
IO.inspect String.slice("héllo wörld", 2..-3)

try do
  String.slice("hello", 1..3//-1)
rescue
  e -> IO.inspect(e)
end
