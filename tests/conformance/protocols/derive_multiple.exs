defprotocol Name do
  def name(x)
end

defprotocol Kind do
  @fallback_to_any true
  def kind(x)
end

defimpl Name, for: Any do
  def name(%{__struct__: s}), do: inspect(s)
end

defimpl Kind, for: Any do
  def kind(_), do: :any
end

defmodule Dog do
  @derive [Name, Kind]
  defstruct name: "rex"
end

defmodule Cat do
  @derive Name
  defstruct []
end

defmodule Main do
  def run do
    IO.puts(Name.name(%Dog{}))
    IO.puts(Name.name(%Cat{}))
    IO.inspect(Kind.kind(%Dog{}))
    IO.inspect(Kind.kind(%Cat{}))
    IO.inspect(Kind.kind(1))
    IO.inspect(Name.impl_for(%Dog{}))
    IO.inspect(Name.impl_for(1))
  end
end

Main.run()
