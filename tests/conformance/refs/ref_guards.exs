# is_reference/1 in guards and bodies.
defmodule G do
  def kind(x) when is_reference(x), do: :reference
  def kind(x) when is_pid(x), do: :pid
  def kind(x) when is_function(x), do: :function
  def kind(_), do: :other

  def both(a, b) when is_reference(a) and is_reference(b), do: a == b
  def both(_, _), do: :not_refs

  def either(a) when is_reference(a) or is_atom(a), do: :yes
  def either(_), do: :no

  def negated(a) when not is_reference(a), do: :not_a_ref
  def negated(_), do: :a_ref
end
r = make_ref()
IO.inspect Enum.map([r, self(), &G.kind/1, 1, :a, "r", {r}, [r]], &G.kind/1)
IO.inspect {G.both(r, r), G.both(r, make_ref()), G.both(r, 1)}
IO.inspect {G.either(r), G.either(:a), G.either(1)}
IO.inspect {G.negated(r), G.negated(1)}
f = fn
  x when is_reference(x) -> "ref"
  _ -> "no"
end
IO.inspect {f.(r), f.(1)}
res =
  case {r, 2} do
    {x, n} when is_reference(x) and n > 1 -> :matched
    _ -> :not
  end
IO.inspect res
IO.inspect (cond do
  is_reference(1) -> :wrong
  is_reference(r) -> :right
end)
IO.inspect is_reference(r) and true
IO.inspect :erlang.is_reference(r)
IO.inspect :erlang.is_reference({r})
