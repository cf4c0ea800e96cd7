# Macro.escape/1 of maps and structs, and a macro returning an escaped struct
defmodule G do
  defstruct attrs: %{}, nodes: %{}, edges: []
end

defmodule Build do
  defmacro graph(n) do
    %G{nodes: %{n => %{size: n * 2}}, edges: [{:a, :b, %{}}]} |> Macro.escape()
  end
end

defmodule Main do
  require Build
  def run do
    IO.inspect(Macro.escape(%{a: 1}))
    IO.inspect(Macro.escape(%{}))
    IO.inspect(Macro.escape(%{"k" => [1, {2, 3, 4}], 1 => :x}))
    IO.inspect(Macro.escape(struct(G, [])))
    IO.inspect(Macro.escape([%{a: %{b: %{c: 1}}}]))
    IO.inspect(Build.graph(3))
    IO.inspect(Build.graph(1) == %G{nodes: %{1 => %{size: 2}}, edges: [{:a, :b, %{}}]})
    {value, _} = Code.eval_quoted(Macro.escape(%{x: [1, 2], y: %{z: "s"}}))
    IO.inspect(value)
    IO.inspect(Macro.escape(self()) == self())

    try do
      Macro.escape(%{f: make_ref()})
    rescue
      e -> IO.inspect(e.__struct__)
    end
  end
end

Main.run()

for bad <- [make_ref(), fn -> 1 end] do
  try do
    Macro.escape(bad)
  rescue
    e -> IO.inspect({e.__struct__, String.slice(e.message, 0, 13)})
  end
end

defmodule Done do
end

try do
  Module.put_attribute(Done, :x, 1)
rescue
  e -> IO.inspect(e)
end
