case 1 do
  (a; b) -> 2
  (c
   d) -> 3
  (e;) -> 4
  (
    f,
    g
  ) -> 5
end
fn (a; b) when c -> 2 end
fn (a, fn -> x; y end) -> 2 end
receive do
  x -> x
after
  (IO.puts(1); 0) -> 3
end
