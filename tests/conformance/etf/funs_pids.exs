# External funs encode as EXPORT_EXT; pids and references round-trip.
IO.inspect(:erlang.term_to_binary(&String.upcase/1), limit: :infinity)
IO.inspect(:erlang.term_to_binary(&:lists.map/2), limit: :infinity)
IO.inspect(:erlang.term_to_binary(Function.capture(:"é", :"ü", 0)), limit: :infinity)
IO.inspect(:erlang.binary_to_term(<<131, 113, 100, 0, 5, 108, 105, 115, 116, 115, 100, 0, 7, 114, 101, 118, 101, 114, 115, 101, 97, 1>>))
p = :erlang.term_to_binary(self())
IO.inspect(binary_part(p, 0, 18))
r = :erlang.term_to_binary(make_ref())
IO.inspect(binary_part(r, 0, 4))
defmodule EtfFuns do
  def make(x), do: fn y -> x + y end
end
f = :erlang.binary_to_term(:erlang.term_to_binary(EtfFuns.make(10)))
IO.inspect(f.(5))
g = :erlang.binary_to_term(:erlang.term_to_binary(fn a, b -> a * b end))
IO.inspect(g.(6, 7))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary([fn -> :ok end])) |> hd() |> then(& &1.()))
