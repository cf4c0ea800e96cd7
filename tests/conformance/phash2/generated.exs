# :erlang.phash2/1,2 of many generated terms (a fixed pseudo-random
# sequence): every kind of term nested in every other.
defmodule Gen do
  def next(s), do: rem(s * 1_103_515_245 + 12_345, 2_147_483_648)

  def term(s, 0), do: leaf(s)
  def term(s, depth) do
    s = next(s)
    case rem(div(s, 7), 7) do
      0 -> leaf(s)
      1 -> list(next(s), depth - 1, rem(div(s, 3), 5), [])
      2 ->
        {items, s} = list(next(s), depth - 1, rem(div(s, 5), 4), [])
        {List.to_tuple(items), s}
      3 ->
        {keys, s} = list(next(s), 0, rem(div(s, 11), 5), [])
        {vals, s} = list(next(s), depth - 1, length(keys), [])
        {Map.new(Enum.zip(keys, vals)), s}
      4 ->
        {a, s} = term(next(s), depth - 1)
        {b, s} = leaf(next(s))
        {[a | b], s}
      5 -> {for(_ <- 1..rem(s, 9), do: rem(s, 256)), next(s)}
      6 -> {:binary.copy(<<rem(s, 256)>>, rem(div(s, 13), 40)), next(s)}
    end
  end

  def list(s, _depth, 0, acc), do: {Enum.reverse(acc), s}
  def list(s, depth, n, acc) do
    {t, s} = term(s, depth)
    list(next(s), depth, n - 1, [t | acc])
  end

  def leaf(s) do
    s = next(s)
    v =
      case rem(div(s, 17), 9) do
        0 -> rem(s, 1000) - 500
        1 -> s * s * s
        2 -> -s * s
        3 -> s / 7
        4 -> elem({:a, :ok, :error, nil, true, :zeta, :"Elixir.Foo"}, rem(s, 7))
        5 -> "s#{s}"
        6 -> <<s::size(rem(s, 23))>>
        7 -> []
        8 -> {}
      end
    {v, next(s)}
  end
end

{terms, _} =
  Enum.reduce(1..300, {[], 42}, fn _, {acc, s} ->
    {t, s} = Gen.term(s, 4)
    {[t | acc], Gen.next(s)}
  end)
terms = Enum.reverse(terms)
defmodule Out do
  def rows([]), do: :ok
  def rows(ts) do
    IO.puts(ts |> Enum.take(10) |> Enum.map(&:erlang.phash2/1) |> inspect())
    rows(Enum.drop(ts, 10))
  end
end
Out.rows(terms)
IO.puts(terms |> Enum.take(50) |> Enum.map(&:erlang.phash2(&1, 1000)) |> inspect())
IO.puts :erlang.phash2(terms)
