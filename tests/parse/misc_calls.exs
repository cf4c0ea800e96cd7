Kernel.||(a, b)
a.+(b)
x.y[z].w
1.foo
a.{b}
fn -> :ok end.()
(fn x -> x end).(1)
x |> (fn y -> y end).()
f(case x do 1 -> 2 end)
