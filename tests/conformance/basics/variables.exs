x = 1
x = x + 1
IO.puts(x)
{a, b} = {10, 20}
IO.puts(a + b)
[first, second | rest] = [1, 2, 3, 4]
IO.puts("#{first} #{second} #{length(rest)}")
y = x * 100
IO.puts("x=#{x} y=#{y}")
IO.puts(x |> Integer.to_string())
