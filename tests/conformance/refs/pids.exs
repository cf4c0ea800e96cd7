# self/0, pids and node/0,1.
defmodule Shape do
  # The number of dots in "#PID<...>" / "#Reference<...>" text made of
  # digits and dots, or -1.
  def dots("#PID<" <> rest), do: nums(rest, 0, false)
  def dots("#Reference<" <> rest), do: nums(rest, 0, false)
  def dots(_), do: -1
  defp nums(<<c, rest::binary>>, n, _) when c in ?0..?9, do: nums(rest, n, true)
  defp nums(<<?., rest::binary>>, n, true), do: nums(rest, n + 1, false)
  defp nums(">", n, true), do: n
  defp nums(_, _, _), do: -1
end

me = self()
IO.inspect is_pid(me)
IO.inspect is_pid(self())
IO.inspect me == self()
IO.inspect me === self()
IO.inspect Shape.dots(inspect(me))
IO.inspect Shape.dots("#{inspect(self())}")
IO.inspect {is_reference(me), is_atom(me), is_tuple(me), is_integer(me), is_function(me)}
IO.inspect Enum.map([1, :a, "s", make_ref(), {}, [], %{}, fn -> 1 end, me], &is_pid/1)
IO.inspect node()
IO.inspect node(me)
IO.inspect node(make_ref())
IO.inspect :erlang.node()
IO.inspect node() == :nonode@nohost
# The list forms.
pl = :erlang.pid_to_list(me)
IO.inspect is_list(pl)
IO.inspect hd(pl) == ?<
IO.inspect List.last(pl) == ?>
rl = :erlang.ref_to_list(make_ref())
IO.inspect Enum.take(rl, 5)
IO.inspect Shape.dots("#Reference" <> :erlang.list_to_binary(Enum.drop(rl, 4)))
# Pids as data: map keys, tuples, pattern matching with ^.
m = %{me => :me, :other => 1}
IO.inspect m[me]
IO.inspect {me, 1} == {self(), 1}
case {:from, self()} do
  {:from, ^me} -> IO.puts("matched self")
  _ -> IO.puts("no")
end
# Order: reference < fun < pid < tuple.
r = make_ref()
f = fn -> 1 end
IO.inspect {r < me, f < me, me < {}, me < %{}, me < [], me < "", me > :atom, me > 10}
# Errors.
for {name, fun} <- [node: fn -> node(1) end, ref_to_list: fn -> :erlang.ref_to_list(me) end,
                    pid_to_list: fn -> :erlang.pid_to_list(make_ref()) end] do
  try do
    fun.()
  rescue
    e in ArgumentError -> IO.puts("#{name}: #{Exception.message(e)}")
  end
end
