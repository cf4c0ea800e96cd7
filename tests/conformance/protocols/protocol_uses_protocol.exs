defprotocol Render do
  def render(x)
end

defimpl Render, for: List do
  def render(list), do: "[" <> join(Enum.map(list, &Render.render/1)) <> "]"

  defp join([]), do: ""
  defp join([x]), do: x
  defp join([x | rest]), do: x <> "," <> join(rest)
end

defimpl Render, for: Integer do
  def render(i), do: to_string(i)
end

defimpl Render, for: Tuple do
  def render(t), do: "{" <> Render.render(:erlang.tuple_to_list(t)) <> "}"
end

defmodule Leaf do
  defstruct v: nil
end

defimpl Render, for: Leaf do
  def render(%Leaf{v: v}), do: "leaf(#{Render.render(v)})"
end

defmodule Main do
  def run do
    IO.puts(Render.render([1, {2, 3}, [4]]))
    IO.puts(Render.render(%Leaf{v: [1, %Leaf{v: 2}]}))
  end
end

Main.run()
