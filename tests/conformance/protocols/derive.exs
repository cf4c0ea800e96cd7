defprotocol Tag do
  @fallback_to_any false
  def tag(x)
end

defimpl Tag, for: Any do
  def tag(x), do: {:tagged, x.__struct__}
end

defmodule A do
  @derive [Tag]
  defstruct a: 1
end

defmodule B do
  @derive Tag
  defstruct b: 2
end

defmodule C do
  defstruct c: 3
end

defmodule Main do
  def run do
    IO.inspect(Tag.tag(%A{}))
    IO.inspect(Tag.tag(%B{}))
    IO.inspect(Tag.impl_for(%A{}))
    IO.inspect(Tag.impl_for(%C{}))
    IO.inspect(Tag.impl_for(1))

    try do
      Tag.tag(%C{})
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
