defmodule Algo do
  def qsort([]), do: []
  def qsort([p | rest]) do
    {l, r} = Enum.split_with(rest, &(&1 < p))
    qsort(l) ++ [p] ++ qsort(r)
  end

  def msort([]), do: []
  def msort([x]), do: [x]
  def msort(list) do
    {l, r} = Enum.split(list, div(length(list), 2))
    merge(msort(l), msort(r))
  end
  defp merge([], r), do: r
  defp merge(l, []), do: l
  defp merge([a | l], [b | _] = r) when a <= b, do: [a | merge(l, r)]
  defp merge(l, [b | r]), do: [b | merge(l, r)]

  def permutations([]), do: [[]]
  def permutations(list), do: for(x <- list, rest <- permutations(list -- [x]), do: [x | rest])

  def queens(n), do: place(n, 0, [])
  defp place(n, n, acc), do: [Enum.reverse(acc)]
  defp place(n, row, acc) do
    for col <- 0..(n - 1), safe?(col, acc), sol <- place(n, row + 1, [col | acc]), do: sol
  end
  defp safe?(col, acc) do
    acc |> Enum.with_index(1) |> Enum.all?(fn {c, d} -> c != col and abs(c - col) != d end)
  end

  def sieve(n) do
    2..n
    |> Enum.reduce(MapSet.new(2..n), fn i, set ->
      if MapSet.member?(set, i) and i * i <= n do
        Enum.reduce(Range.new(i * i, n, i), set, &MapSet.delete(&2, &1))
      else
        set
      end
    end)
    |> Enum.sort()
  end

  def bsearch(tuple, target), do: bsearch(tuple, target, 0, tuple_size(tuple) - 1)
  defp bsearch(_t, _x, lo, hi) when lo > hi, do: :not_found
  defp bsearch(t, x, lo, hi) do
    mid = div(lo + hi, 2)
    case elem(t, mid) do
      ^x -> {:found, mid}
      v when v < x -> bsearch(t, x, mid + 1, hi)
      _ -> bsearch(t, x, lo, mid - 1)
    end
  end

  def anagrams(words) do
    words
    |> Enum.group_by(&(&1 |> String.graphemes() |> Enum.sort() |> Enum.join()))
    |> Map.values()
    |> Enum.filter(&(length(&1) > 1))
    |> Enum.map(&Enum.sort/1)
    |> Enum.sort()
  end

  def collatz(1, steps), do: steps
  def collatz(n, steps) when rem(n, 2) == 0, do: collatz(div(n, 2), steps + 1)
  def collatz(n, steps), do: collatz(3 * n + 1, steps + 1)

  def gcd(a, 0), do: a
  def gcd(a, b), do: gcd(b, rem(a, b))

  def hanoi(0, _, _, _), do: []
  def hanoi(n, from, to, via), do: hanoi(n - 1, from, via, to) ++ [{from, to}] ++ hanoi(n - 1, via, to, from)
end

list = [38, 27, 43, 3, 9, 82, 10, 3]
IO.inspect(Algo.qsort(list))
IO.inspect(Algo.msort(list))
IO.inspect(Algo.permutations([1, 2, 3]))
IO.inspect(length(Algo.queens(6)))
IO.inspect(hd(Algo.queens(8)))
IO.inspect(Algo.sieve(60))
t = List.to_tuple(Enum.to_list(1..100//3))
IO.inspect({Algo.bsearch(t, 31), Algo.bsearch(t, 32)})
IO.inspect(Algo.anagrams(~w(listen silent enlist google tinsel banana inlets)))
IO.inspect(Enum.max_by(1..30, &Algo.collatz(&1, 0)))
IO.inspect(Algo.gcd(1071, 462))
IO.inspect(Algo.hanoi(3, :a, :c, :b))
IO.inspect(Enum.reduce(1..25, 1, &*/2))
IO.inspect(Stream.iterate({0, 1}, fn {a, b} -> {b, a + b} end) |> Enum.take(15) |> Enum.map(&elem(&1, 0)))
