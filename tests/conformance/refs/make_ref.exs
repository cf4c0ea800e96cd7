# make_ref/0: a fresh reference each call, printed as #Reference<0.A.B.C>.
defmodule Shape do
  # The number of dots between the angle brackets, or -1 if the text is not
  # digits separated by dots.
  def dots("#Reference<" <> rest), do: nums(rest, 0, false)
  def dots(_), do: -1
  defp nums(<<c, rest::binary>>, n, _) when c in ?0..?9, do: nums(rest, n, true)
  defp nums(<<?., rest::binary>>, n, true), do: nums(rest, n + 1, false)
  defp nums(">", n, true), do: n
  defp nums(_, _, _), do: -1
end

r1 = make_ref()
r2 = make_ref()
r3 = :erlang.make_ref()
IO.puts is_reference(r1)
IO.puts is_reference(r3)
IO.puts Shape.dots(inspect(r1))
IO.puts Shape.dots(inspect(r3))
IO.puts Shape.dots("#{inspect(r2)}")
IO.inspect {r1 == r1, r1 === r1, r1 == r2, r1 === r2, r1 != r2, r1 !== r2}
IO.inspect {r1 == r3, r2 == r3}
IO.inspect inspect(r1) == inspect(r1)
IO.inspect inspect(r1) == inspect(r2)
# Many references are all different.
refs = for _ <- 1..200, do: make_ref()
IO.puts length(refs)
IO.puts refs |> Map.new(fn r -> {inspect(r), r} end) |> map_size()
# A reference is nothing else.
for v <- [r1] do
  IO.inspect {is_atom(v), is_integer(v), is_tuple(v), is_map(v), is_pid(v),
              is_function(v), is_binary(v), is_list(v), is_number(v)}
end
IO.inspect Enum.map([1, :a, "s", self(), {}, [], %{}, fn -> 1 end, 1.5, r2], &is_reference/1)
