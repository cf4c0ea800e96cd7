# A module attribute holding a reference cannot be injected into a function
# (references are runtime values): ArgumentError while compiling the module.
IO.puts "before"
r = make_ref()
IO.inspect is_reference(r)
defmodule Attr do
  @ok [1, {:two, %{three: "3"}}]
  def ok, do: @ok
end
IO.inspect Attr.ok()
defmodule BadAttr do
  @r {:wrapped, [make_ref()]}
  def r, do: @r
end
IO.puts "not reached"
