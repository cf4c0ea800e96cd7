# A program's defimpl Inspect for a built-in type replaces Elixir's
# implementation (the module Inspect.Integer is redefined).
defimpl Inspect, for: Integer do
  def inspect(i, _opts), do: "int(" <> Integer.to_string(i) <> ")"
end

IO.inspect 1
IO.puts inspect(-42)
IO.inspect [1, 2, 3]
IO.inspect 'AB'
IO.inspect [65, 66, 1]
IO.inspect %{a: 1, b: [2]}
IO.inspect %{1 => :one}
IO.inspect {1, :a, "s", 2.5}
IO.inspect [a: 1, b: 2]
IO.inspect 1..3
IO.inspect 1..10//2
IO.puts "value: #{inspect 5}"
IO.inspect [1, 2, 3, 4, 5], limit: 2
IO.inspect 12345678901234567890
IO.inspect :atom
IO.inspect "string"
IO.inspect Inspect.impl_for(1)
defmodule Holder do
  defstruct [:n, :items]
end
IO.inspect %Holder{n: 7, items: [8, 9]}
IO.inspect {:ok, %{count: 3}}, label: "labelled"
