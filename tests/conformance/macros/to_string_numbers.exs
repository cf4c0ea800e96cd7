# Numbers as the formatter writes literals: digits grouped by three from
# six characters on (a minus sign counts, as in Elixir 1.14).
for f <- [1.0e15, 1.0e16, 123456.5, 1.0e-10, 0.0001, 0.001, 1.0e3, 12345.0, 100000.25, -100000.5, -12345.5] do
  IO.puts [inspect(f), " ", Macro.to_string(f)]
end

for i <- [0, 999, 10000, 99999, 100000, 123456789, -100000, -12345, -1234, 12345678901234567890] do
  IO.puts Macro.to_string(i)
end

IO.puts Macro.to_string(quote(do: x = 1_000_000 + 2.5e6))
IO.puts Macro.to_string(quote(do: [1_000, 10_000, 100_000]))
