# is_port/1: no value of this program is a port (in bodies and guards).
defmodule Ports do
  def kind(x) when is_port(x), do: :port
  def kind(x) when is_reference(x) or is_pid(x), do: :ref_or_pid
  def kind(x) when not is_port(x) and is_atom(x), do: :atom
  def kind(_), do: :other

  def erl(x) when :erlang.is_port(x), do: :port
  def erl(_), do: :not_port
end
values = [make_ref(), self(), :a, 1, "s", [], {}, %{}, fn -> 1 end]
IO.inspect Enum.map(values, &is_port/1)
IO.inspect Enum.map(values, &Ports.kind/1)
IO.inspect Enum.map(values, &Ports.erl/1)
IO.inspect :erlang.is_port(make_ref())
b = is_port(self()) or is_reference(make_ref())
IO.inspect b
