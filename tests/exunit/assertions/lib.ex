defmodule L do
  def v, do: %{name: "x", list: Enum.to_list(1..5)}
end
