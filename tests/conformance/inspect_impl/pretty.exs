# A built-in type's own implementation, used with pretty printing.
defimpl Inspect, for: Integer do
  import Inspect.Algebra

  def inspect(n, _opts) when n > 1000, do: string("big")
  def inspect(n, _opts), do: string(Integer.to_string(n))
end

data = %{users: Enum.map(1..6, fn i -> %{id: i * 500, name: "user#{i}", tags: [:a, :b]} end)}
IO.inspect data
IO.inspect data, pretty: true, width: 40
IO.puts inspect(data, pretty: true)
IO.inspect [1, 2000, 3]
