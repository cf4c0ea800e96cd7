floats = [0.1, 1.0, -0.0, 100.0, 1.0e15, 1.0e16, 123456789.123, 1.0e-5, 0.0001, 5.0e-324, 1.7976931348623157e308, 2.5, 1/3, 2/3, 0.1 + 0.2, 1.0e100, 9007199254740993.0, 3.0e-7]
for f <- floats do
  IO.puts "#{f} | #{inspect f} | #{round(f)} | #{trunc(f)} | #{floor(f)} | #{ceil(f)}"
end
ints = [0, -1, 255, 123456789012345678901234567890, -98765432109876543210]
for i <- ints do
  IO.puts "#{i} #{inspect i, base: :hex} #{inspect i, base: :binary} #{inspect i, base: :octal}"
end
IO.inspect 10 / 4
IO.inspect 10 / 5
IO.inspect div(-7, 2)
IO.inspect rem(-7, 2)


IO.inspect abs(-3.5)
IO.inspect 2 ** 100
IO.inspect 1.0 * 3
IO.inspect 0.1 * 3
try do IO.inspect(1.0e308 * 10) rescue e -> IO.puts(Exception.message(e)) end
