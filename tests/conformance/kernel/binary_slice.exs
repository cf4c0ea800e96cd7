IO.inspect binary_slice("hello world", 0, 5)
IO.inspect binary_slice("hello world", -5, 3)
IO.inspect binary_slice("hello world", -50, 3)
IO.inspect binary_slice("hello", 10, 3)
IO.inspect binary_slice("hello", 2, 100)
IO.inspect binary_slice("hello", 1..3)
IO.inspect binary_slice("hello", -3..-1)
IO.inspect binary_slice("hello", 0..-1//2)
IO.inspect binary_slice("hello", 0..100)
IO.inspect binary_slice("héllo", 1..2)
IO.inspect binary_slice("abcdefgh", 1..10//3)
try do
  binary_slice("hello", 3..1//-1)
rescue
  e -> IO.puts Exception.message(e)
end
try do
  binary_slice("hello", 1, -1)
rescue
  e -> IO.puts Exception.message(e)
end
try do
  binary_slice(:a, 1..2)
rescue
  e -> IO.puts Exception.message(e)
end
IO.inspect apply(Kernel, :binary_slice, ["abc", 1, 1])
