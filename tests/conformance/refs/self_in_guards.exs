# self() and node() are allowed in guards.
defmodule Mine do
  def mine?(pid) when pid == self(), do: true
  def mine?(_), do: false

  def local?(x) when node(x) == node(), do: :local
  def local?(_), do: :not_a_pid_or_ref

  def here?(n) when n === node(), do: true
  def here?(_), do: false
end
me = self()
IO.inspect {Mine.mine?(me), Mine.mine?(:other), Mine.mine?(make_ref())}
IO.inspect {Mine.local?(me), Mine.local?(make_ref()), Mine.local?(1), Mine.local?(:atom)}
IO.inspect {Mine.here?(:nonode@nohost), Mine.here?(:other@host)}
f = fn
  {from, msg} when from == self() -> {:from_me, msg}
  _ -> :other
end
IO.inspect {f.({me, :hi}), f.({:someone, :hi})}
r =
  case {me, 1} do
    {p, n} when p === self() and n > 0 -> :ok
    _ -> :no
  end
IO.inspect r
IO.inspect self() == me
IO.inspect {node(), node(me)}
