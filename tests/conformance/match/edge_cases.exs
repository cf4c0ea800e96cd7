# Corner cases of the match compiler: repeats, aliases, numbers of every kind,
# charlists, maps with shared keys, try handlers, pins, literal subjects.
defmodule E do
  def a({x, [x | _]}), do: {:rep, x}
  def a({a, _} = {_, b}), do: {:alias, a, b}
  def b(n, bin) do
    case bin do
      <<x::size(n), rest::bits>> -> {x, rest}
      _ -> :nob
    end
  end
  def b(_, _), do: :nob
  def c(1), do: :int
  def c(1.0), do: :float
  def c(100000000000000000000000), do: :big
  def c(-5), do: :neg
  def c('abc'), do: :charlist
  def c([?a | _]), do: :a_list
  def c([]), do: :nil
  def c(<<x, _::binary>>) when x > 200, do: :high
  def c(x) when is_binary(x) and byte_size(x) > 2, do: :longbin
  def c(x), do: {:else, x}
  def d(x) do
    y = case x do
      {:a, v} -> v
      {:b, v} -> v * 2
      [v] -> v + 1
      _ -> 0
    end
    z = id(y)
    {x, y, z}
  end
  def id(x), do: x
  def e(a, b) do
    case {a, b} do
      {{:ok, x}, {:ok, y}} -> x + y
      {{:ok, x}, _} -> x
      {_, {:ok, y}} -> y
      {:error, :error} -> :both
      _ -> :none
    end
  end
  def f(x) do
    r = case x do
      %{a: 1, b: b} -> {:ab, b}
      %{a: a} when a > 5 -> {:a, a}
      %{b: b} -> {:b, b}
      %{a: a} -> {:small_a, a}
      _ -> :nomap
    end
    {r, id(x)}
  end
  def g(x) do
    try do
      x.()
    catch
      :throw, :a -> :ta
      :throw, {:b, v} -> {:tb, v}
      :error, %RuntimeError{message: m} -> {:rt, m}
      :exit, v when is_atom(v) -> {:ex, v}
      k, v -> {:other, k, v}
    end
  end
end
IO.inspect E.a({1, [1, 2]})
IO.inspect E.a({[1], 2})
IO.inspect E.b(8, <<1, 2>>)
IO.inspect E.b(3, <<255>>)
IO.inspect E.b(16, <<1>>)
for v <- [1, 1.0, 100000000000000000000000, -5, 'abc', 'abd', 'x', [], <<201, 1>>, "xyz", "xy", 2.0] do
  IO.inspect E.c(v)
end
for v <- [{:a, 1}, {:b, 2}, [3], :q], do: IO.inspect(E.d(v))
IO.inspect [E.e({:ok, 1}, {:ok, 2}), E.e({:ok, 1}, 3), E.e(3, {:ok, 4}), E.e(:error, :error), E.e(1, 2)]
for m <- [%{a: 1, b: 2}, %{a: 9}, %{a: 1, c: 1}, %{b: 3}, %{a: 2}, 7], do: IO.inspect(E.f(m))
IO.inspect E.g(fn -> throw(:a) end)
IO.inspect E.g(fn -> throw({:b, 2}) end)
IO.inspect E.g(fn -> raise "x" end)
IO.inspect E.g(fn -> exit(:bye) end)
IO.inspect E.g(fn -> exit({1}) end)
IO.inspect E.g(fn -> :erlang.error(:badarg) end)
x = 3
IO.inspect(case 3 do
  ^x -> :pinned
  3 -> :lit
end)
IO.inspect(case 1.0 do 1 -> :int; 1.0 -> :float end)
k = :key
h = fn
  %{^k => v} -> v
  _ -> :miss
end
IO.inspect {h.(%{key: 1}), h.(%{other: 1})}
try do
  E.b(1)
rescue
  e -> IO.inspect(e)
end
try do
  case :zz do
    :a -> 1
    :b -> 2
  end
rescue
  e -> IO.inspect(e)
end
try do
  {:ok, v} = {:error, 1}
  IO.inspect v
rescue
  e -> IO.inspect(e)
end
