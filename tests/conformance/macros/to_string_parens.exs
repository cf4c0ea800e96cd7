for f <- [1000, 10000, 123456789, -1234567, 1.0e3, 123456.5, 1.0e-10, 1.0e20, 0.1, 1_000.25, 12345.0] do
  IO.puts Macro.to_string(f)
end
for f <- [quote(do: raise(ArgumentError, "msg")), quote(do: assert(x == 1)), quote(do: use(GenServer)), quote(do: foo(1, 2)), quote(do: if(a, do: b)), quote(do: require(Logger)), quote(do: test("x", do: 1)), quote(do: defstruct([:a])), quote(do: @doc(false)), quote(do: @spec(f(integer) :: integer)), quote(do: &(&1[:a])), quote(do: x[1][2]), quote(do: Access.get(x, 1, 2)), quote(do: (fn x -> x end).(1)), quote(do: (a + b).c), quote(do: <<x::size(8)-unit(2), y::integer-signed>>), quote(do: <<x - 1::8>>), quote(do: Foo.{Bar}), quote(do: alias(__MODULE__.{A, B.C})), quote(do: defmodule(A, do: nil)), quote(do: case(x, do: (1 -> 2))), quote(do: for(x <- y, do: x)), quote(do: with(x <- y, do: x)), quote(do: quote(do: 1)), quote(do: try(do: 1, after: 2)), quote(do: receive(do: (x -> x)))] do
  IO.puts Macro.to_string(f)
  IO.puts "--"
end
