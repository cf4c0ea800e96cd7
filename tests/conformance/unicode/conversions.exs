IO.inspect String.to_integer("123")
IO.inspect String.to_integer("-0042")
IO.inspect String.to_integer("ff", 16)
IO.inspect String.to_integer("Z", 36)
IO.inspect String.to_float("1.5")
IO.inspect String.to_float("-1.5e3")
IO.inspect String.to_atom("héllo")
IO.inspect String.to_existing_atom("ok")
IO.inspect String.to_charlist("héllo")
for f <- [fn -> String.to_integer("12a") end, fn -> String.to_integer("") end,
          fn -> String.to_float("1") end, fn -> String.to_float("1.") end,
          fn -> String.to_existing_atom("no_such_atom_xyz_123") end,
          fn -> String.to_integer("1", 37) end, fn -> String.to_float(".5") end] do
  try do
    IO.inspect f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
