# Variables a bind_quoted quote assigns in a module body reach the unquote fragments of defs.
defmodule G do
  defmacro mk(name, val) do
    quote bind_quoted: [name: name, val: val] do
      v2 = val * 2
      def unquote(name)(), do: unquote(v2)
    end
  end
  defmacro mk2(name, val) do
    quote bind_quoted: [name: name, val: val] do
      def unquote(name)(x) do
        case x do
          {a, b} -> a + b + unquote(val)
          _ -> :other
        end
      end
    end
  end
end
defmodule U do
  require G
  G.mk(:four, 2)
  G.mk2(:sum, 10)
end
IO.inspect U.four()
IO.inspect {U.sum({1, 2}), U.sum(3)}
