defmodule Checker do
  defmodule Invalid do
    defexception [:value]
    def message(%{value: v}), do: "invalid value: #{inspect(v)}"
  end

  def check!(x) when is_integer(x) and x >= 0, do: x
  def check!(x), do: raise(Invalid, value: x)

  def thrower, do: throw(:ball)
  def exiter, do: exit(:bye)
end
