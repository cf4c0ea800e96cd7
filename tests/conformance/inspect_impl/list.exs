defimpl Inspect, for: List do
  def inspect(list, _opts), do: "#List<#{length(list)}>"
end

IO.inspect [1, 2, 3]
IO.inspect []
IO.inspect 'abc'
IO.inspect {[1], [2, 3]}
IO.inspect %{a: [1, 2]}
IO.inspect [a: 1]
IO.inspect 1
IO.inspect "binary"
IO.puts inspect([[1], [2]])
