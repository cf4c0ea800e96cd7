defimpl Inspect, for: Atom do
  def inspect(atom, _opts), do: "<#{atom}>"
end

IO.inspect :hello
IO.inspect nil
IO.inspect true
IO.inspect [:a, :b]
IO.inspect [a: :b]
IO.inspect %{a: :b}
IO.inspect %{:a => 1, "b" => :c}
IO.inspect {:ok, 1}
IO.inspect Enum
IO.inspect 1
