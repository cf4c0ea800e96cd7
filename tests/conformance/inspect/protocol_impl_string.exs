# An impl may return a plain string; Inspect.Algebra idioms inside impls.
defmodule Temp do
  defstruct [:c]

  defimpl Inspect do
    def inspect(%{c: c}, _opts), do: "#{c}°C"
  end
end

defmodule Pair do
  defstruct [:l, :r]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{l: l, r: r}, opts) do
      container_doc("Pair(", [l, r], ")", opts, &to_doc/2, separator: ",", break: :flex)
    end
  end
end

defmodule Main do
  def run do
    IO.inspect(%Temp{c: 21})
    IO.inspect([%Temp{c: 1}, %Temp{c: 2}])
    IO.inspect(%Pair{l: 1, r: %Temp{c: 3}})
    IO.inspect(%Pair{l: %Pair{l: "a", r: "b"}, r: [1, 2, 3]})
    long = %Pair{l: "a fairly long string on the left side", r: "another long string on the right side"}
    IO.inspect(long)
    IO.inspect({long, long})
  end
end

Main.run()
