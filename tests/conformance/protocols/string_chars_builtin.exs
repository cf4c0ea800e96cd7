IO.puts(String.Chars.to_string(:atom))
IO.puts(String.Chars.to_string(nil) == "")
IO.puts(String.Chars.to_string(42))
IO.puts(String.Chars.to_string(-1.5))
IO.puts(String.Chars.to_string('chars'))
IO.puts(String.Chars.to_string(["a", ?b, 'c']))
IO.puts(String.Chars.to_string("bin"))
IO.inspect(String.Chars.impl_for("x"))
IO.inspect(String.Chars.impl_for(:x))
IO.inspect(String.Chars.impl_for(1.0))
IO.inspect(String.Chars.impl_for([]))
IO.inspect(String.Chars.impl_for({}))
IO.inspect(String.Chars.impl_for(%{}))
IO.inspect(String.Chars.__protocol__(:functions))

for v <- [{1, 2}, %{a: 1}, <<1::3>>] do
  try do
    to_string(v)
  rescue
    e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
  end
end
