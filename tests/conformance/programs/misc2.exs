defmodule Queue do
  defstruct front: [], back: []
  def new, do: %Queue{}
  def push(%Queue{back: b} = q, x), do: %{q | back: [x | b]}
  def pop(%Queue{front: [], back: []}), do: :empty
  def pop(%Queue{front: [], back: b}), do: pop(%Queue{front: Enum.reverse(b), back: []})
  def pop(%Queue{front: [h | t]} = q), do: {h, %{q | front: t}}
  def to_list(%Queue{front: f, back: b}), do: f ++ Enum.reverse(b)
end

defimpl Inspect, for: Queue do
  def inspect(q, _opts), do: "#Queue<#{inspect(Queue.to_list(q))}>"
end

defimpl String.Chars, for: Queue do
  def to_string(q), do: q |> Queue.to_list() |> Enum.join(",")
end

defimpl Enumerable, for: Queue do
  def count(q), do: {:ok, length(Queue.to_list(q))}
  def member?(q, x), do: {:ok, x in Queue.to_list(q)}
  def slice(_q), do: {:error, __MODULE__}
  def reduce(q, acc, fun), do: Enumerable.List.reduce(Queue.to_list(q), acc, fun)
end

q = Queue.new() |> Queue.push(1) |> Queue.push(2) |> Queue.push(3)
IO.inspect(q)
IO.puts("queue: #{q}")
{x, q} = Queue.pop(q)
IO.inspect({x, q})
IO.inspect(Enum.map(q, &(&1 * 2)))
IO.inspect(Enum.count(q))
IO.inspect(3 in q)
IO.inspect(Enum.sum(q))
IO.inspect(Enum.to_list(q))

defmodule Graph do
  def bfs(graph, start) do
    bfs(graph, [start], MapSet.new([start]), [])
  end

  defp bfs(_graph, [], _seen, order), do: Enum.reverse(order)
  defp bfs(graph, [node | rest], seen, order) do
    neighbors = Map.get(graph, node, []) |> Enum.reject(&MapSet.member?(seen, &1))
    seen = Enum.reduce(neighbors, seen, &MapSet.put(&2, &1))
    bfs(graph, rest ++ neighbors, seen, [node | order])
  end

  def dfs(graph, node, seen \\ MapSet.new()) do
    if MapSet.member?(seen, node) do
      {[], seen}
    else
      seen = MapSet.put(seen, node)
      Enum.reduce(Map.get(graph, node, []), {[node], seen}, fn n, {acc, seen} ->
        {more, seen} = dfs(graph, n, seen)
        {acc ++ more, seen}
      end)
    end
  end
end

g = %{a: [:b, :c], b: [:d], c: [:d, :e], d: [:f], e: [:f], f: []}
IO.inspect(Graph.bfs(g, :a))
IO.inspect(Graph.dfs(g, :a) |> elem(0))

memo_fib = fn n ->
  Enum.reduce(2..n, %{0 => 0, 1 => 1}, fn i, m -> Map.put(m, i, m[i - 1] + m[i - 2]) end)[n]
end
IO.inspect(memo_fib.(90))
IO.inspect(Enum.map(1..10, &Integer.to_string(&1, 2)))
IO.inspect(Enum.chunk_every(String.graphemes("abcdefgh"), 3) |> Enum.map(&Enum.join/1))
s = "The Quick Brown Fox"
IO.inspect({String.downcase(s), String.upcase(s), String.length(s), byte_size(s)})
IO.inspect(String.slice(s, 4..8))
IO.inspect(String.at(s, -1))
IO.inspect(String.starts_with?(s, "The"))
IO.inspect(s |> String.split(" ") |> Enum.map(&String.length/1))
IO.inspect(String.trim_leading("  x  "))
IO.inspect(String.trim_trailing("  x  "))
IO.inspect(String.trim("xxhixx", "x"))
IO.inspect(String.pad_leading("abc", 2))
IO.inspect(String.split("a b  c", " "))
IO.inspect(String.split("1,2;3", [",", ";"]))
IO.inspect(String.replace("aaa", "a", "b", global: false))
IO.inspect(String.replace_prefix("foobar", "foo", ""))
IO.inspect(String.replace_suffix("foobar", "bar", "baz"))
IO.inspect(String.last("hello"))
IO.inspect(String.to_atom("with space"))
IO.inspect(String.valid?("abc"))
IO.inspect(String.split_at("hello", 2))
IO.inspect(String.ends_with?("hello", ["lo", "x"]))
