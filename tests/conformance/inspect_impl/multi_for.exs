# One defimpl for several built-in types, with options honoured.
defimpl Inspect, for: [Integer, Float] do
  import Inspect.Algebra

  def inspect(n, opts) do
    color(concat(["#", to_string(n)]), :number, opts)
  end
end

IO.inspect 1
IO.inspect 2.5
IO.inspect [1, 2.5, :three]
IO.inspect %{n: 1}
IO.inspect {1, {2, {3}}}
IO.inspect [1, 2, 3, 4], limit: 3
IO.inspect Enum.to_list(1..30), width: 20
IO.inspect Inspect.impl_for(1)
IO.inspect Inspect.impl_for(1.0)
IO.puts inspect(1) <> inspect(2.0)
