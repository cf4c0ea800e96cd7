defimpl Inspect, for: BitString do
  def inspect(bin, _opts) when is_binary(bin), do: "bin(" <> bin <> ")"
  def inspect(bits, _opts), do: "bits(#{bit_size(bits)})"
end

defimpl Inspect, for: Float do
  def inspect(f, _opts), do: "float(#{f})"
end

IO.inspect "hello"
IO.inspect <<1::3>>
IO.inspect ["a", "b"]
IO.inspect %{"k" => "v"}
IO.inspect {1.5, "x", 2}
IO.inspect [1.0, 2.25]
IO.inspect %{x: 0.1}
IO.inspect :ok
IO.inspect 'chars'
