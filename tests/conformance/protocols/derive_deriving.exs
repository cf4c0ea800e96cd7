defprotocol Fields do
  def fields(x)
end

defimpl Fields, for: Any do
  defmacro __deriving__(module, struct, opts) do
    keys = struct |> Map.delete(:__struct__) |> Map.keys()
    only =
      case opts do
        [only: only] -> only
        _ -> keys
      end

    quote do
      defimpl Fields, for: unquote(module) do
        def fields(_), do: unquote(only)
      end
    end
  end

  def fields(_), do: :any
end

defmodule P1 do
  @derive {Fields, only: [:x]}
  defstruct x: 1, y: 2
end

defmodule P2 do
  @derive [Fields]
  defstruct b: 1, a: 2
end

defmodule Main do
  def run do
    IO.inspect(Fields.fields(%P1{}))
    IO.inspect(Fields.fields(%P2{}))
    IO.inspect(Fields.impl_for(%P1{}))
  end
end

Main.run()
