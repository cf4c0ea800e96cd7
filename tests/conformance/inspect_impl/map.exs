defimpl Inspect, for: Map do
  def inspect(map, _opts), do: "#Map<size: #{map_size(map)}>"
end

defmodule Pt do
  defstruct x: 0, y: 0
end

IO.inspect %{a: 1}
IO.inspect %{}
IO.inspect [%{a: 1}, %{b: 2, c: 3}]
IO.inspect {%{}, 1}
IO.inspect %Pt{}
IO.inspect [%Pt{x: 1}]
IO.inspect "text"
