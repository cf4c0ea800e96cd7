IO.inspect(Range.new(1, 3))
IO.inspect(Range.new(3, 1))
IO.inspect(Range.new(1, 10, 5))
IO.inspect(Range.size(1..10))
IO.inspect(Range.size(1..10//3))
IO.inspect(Range.size(10..1))
IO.inspect(Range.size(1..0//1))
IO.inspect(Range.size(5..1//2))
for {a, b} <- [{1.0, 2}, {:a, 1}] do
  try do
    Range.new(a, b)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
try do
  Range.new(1, 5, 0)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
