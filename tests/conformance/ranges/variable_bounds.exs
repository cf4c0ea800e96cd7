a = 3
b = 8
IO.inspect(a..b)
IO.inspect(b..a)
IO.inspect(a..b//2)
IO.inspect(Enum.to_list(a..b))
IO.inspect(Enum.to_list(b..a))
IO.inspect((a + 1)..(b - 1))
f = fn x -> x * 2 end
IO.inspect(f.(a)..f.(b))
