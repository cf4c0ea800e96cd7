IO.puts(1 < 2)
IO.puts(2 < 1)
IO.puts(3 > 2)
IO.puts(3 >= 3)
IO.puts(3 <= 2)
IO.puts(4 == 4)
IO.puts(4 != 4)
IO.puts(4 === 4)
IO.puts(4 !== 5)
IO.puts(-1 < 0)
a = 7
b = 9
IO.puts("#{a} < #{b}: #{a < b}")
IO.puts("max: #{if a > b, do: a, else: b}")
