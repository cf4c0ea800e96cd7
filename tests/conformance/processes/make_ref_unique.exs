# References are unique across processes and survive a round trip.
parent = self()
for i <- 1..20 do
  spawn(fn -> send(parent, {:refs, i, for(_ <- 1..50, do: make_ref())}) end)
end
all = for _ <- 1..20 do
  receive do {:refs, _, refs} -> refs end
end
|> List.flatten()
mine = for _ <- 1..100, do: make_ref()
IO.inspect length(all)
IO.inspect length(Enum.uniq(all ++ mine))
IO.inspect Enum.all?(all, &is_reference/1)

# A reference sent away and back is the same reference.
r = make_ref()
echo = spawn(fn -> receive do {from, x} -> send(from, {:back, x}) end end)
send(echo, {parent, {r, [r]}})
receive do
  {:back, {r2, [r3]}} -> IO.inspect({r2 == r, r3 === r, inspect(r2) == inspect(r)})
end

# Refs made in a child compare and hash like any other.
spawn(fn -> send(parent, {:ref, make_ref()}) end)
cr = receive do {:ref, x} -> x end
m = %{cr => :child, r => :parent}
IO.inspect {m[cr], m[r], map_size(m)}
IO.inspect cr != r
