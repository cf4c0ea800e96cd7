defmodule Stats do
  def mean([]), do: nil
  def mean(xs), do: Enum.sum(xs) / length(xs)

  def median([]), do: nil
  def median(xs) do
    sorted = Enum.sort(xs)
    n = length(sorted)
    mid = div(n, 2)
    if rem(n, 2) == 1, do: Enum.at(sorted, mid), else: (Enum.at(sorted, mid - 1) + Enum.at(sorted, mid)) / 2
  end

  def mode(xs) do
    freq = Enum.frequencies(xs)
    max = freq |> Map.values() |> Enum.max()
    freq |> Enum.filter(fn {_, c} -> c == max end) |> Enum.map(&elem(&1, 0)) |> Enum.sort()
  end

  def stddev(xs) do
    m = mean(xs)
    variance = xs |> Enum.map(&:math.pow(&1 - m, 2)) |> mean()
    :math.sqrt(variance)
  end

  def histogram(xs, buckets) do
    {lo, hi} = Enum.min_max(xs)
    width = (hi - lo) / buckets
    xs
    |> Enum.group_by(fn x -> min(trunc((x - lo) / width), buckets - 1) end)
    |> Enum.sort()
    |> Enum.map(fn {b, vs} -> {Float.round(lo + b * width, 1), length(vs)} end)
  end
end

data = [2, 4, 4, 4, 5, 5, 7, 9, 10, 3, 3, 8]
IO.inspect(Stats.mean(data))
IO.inspect(Stats.median(data))
IO.inspect(Stats.mode(data))
IO.inspect(Float.round(Stats.stddev(data), 4))
for {start, count} <- Stats.histogram(data, 4) do
  IO.puts("#{String.pad_leading(to_string(start), 5)} #{String.duplicate("#", count)}")
end
IO.inspect(Stats.mean([]))
IO.inspect(Enum.sum([1.5, 2.5]))
IO.inspect(1..10 |> Enum.map(&(&1 * &1)) |> Enum.filter(&(rem(&1, 2) == 0)))
IO.inspect(Enum.reduce(1..10, {0, 1}, fn x, {s, p} -> {s + x, p * x} end))
IO.inspect(:math.pow(2, 10))
IO.inspect(Integer.pow(2, 100))
IO.inspect(:math.log10(1000))
IO.inspect(abs(-3.5))
IO.inspect(10 |> Integer.digits() |> Enum.sum())
