d = ~D[2024-01-31]
IO.inspect(d)
IO.puts(d)
IO.inspect(~D[-0001-12-31])
IO.inspect(~D[0000-01-01])
IO.inspect(~D[2024-01-31 Calendar.ISO])
IO.puts("#{~D[1999-12-31]}")
case Date.add(d, 1) do
  ~D[2024-02-01] -> IO.puts("matched")
  _ -> IO.puts("no")
end
defmodule M do
  def f(~D[2020-01-01]), do: :new_year
  def f(%Date{month: 12, day: 25}), do: :christmas
  def f(_), do: :other
end
IO.inspect(M.f(~D[2020-01-01]))
IO.inspect(M.f(~D[2021-12-25]))
IO.inspect(M.f(~D[2021-12-24]))
IO.inspect(d == Date.new!(2024, 1, 31))
