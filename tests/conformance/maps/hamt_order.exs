# Iteration order of maps above 32 keys follows OTP 25's internal hash.
defmodule Build do
  def map(f, n), do: map(f, 1, n, %{})
  defp map(_f, i, n, acc) when i > n, do: acc
  defp map(f, i, n, acc), do: map(f, i + 1, n, Map.put(acc, f.(i), i))

  def show([]), do: :ok
  def show([k | rest]) do
    IO.write(inspect(k) <> " ")
    show(rest)
  end

  def line(m) do
    show(Map.keys(m))
    IO.puts("")
  end
end

Build.line(Build.map(fn i -> i end, 40))
Build.line(Build.map(fn i -> -i end, 40))
Build.line(Build.map(fn i -> i * 1000 end, 100))
Build.line(Build.map(fn i -> "k#{i}" end, 40))
Build.line(Build.map(fn i -> i * 1.5 end, 40))
Build.line(Build.map(fn i -> {i} end, 40))
Build.line(Build.map(fn i -> {i, "x"} end, 40))
Build.line(Build.map(fn i -> [i] end, 40))
Build.line(Build.map(fn i -> [i, 300] end, 40))
Build.line(Build.map(fn i -> i * 100000000000000000000 end, 40))
Build.line(Build.map(fn i -> "a longer string key number #{i}" end, 40))
Build.line(Build.map(fn i -> %{i => i} end, 40))
