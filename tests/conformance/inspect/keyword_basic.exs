defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect([a: 1, b: 2, c: 3])
IO.inspect([name: "Alice", role: :admin, active: true, score: 99.5])
IO.inspect([{:a, 1}, {:b, 2}])
IO.inspect([{:a, 1}, {"b", 2}])
IO.inspect([{:a, 1, 2}])
IO.inspect([do: :ok, else: :error])
IO.inspect(["with space": 1, "quoted\"": 2, ok?: 3, bang!: 4])
IO.inspect([{Foo, 1}, {:bar, 2}])
