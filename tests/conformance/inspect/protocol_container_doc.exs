# container_doc/6 with separators, break modes and the limit.
defmodule Main do
  import Inspect.Algebra

  def run do
    opts = %Inspect.Opts{limit: :infinity}
    fun = fn i, _opts -> to_string(i) end
    doc = container_doc("[", Enum.to_list(1..5), "]", opts, fun)
    IO.inspect(format(doc, 5) |> IO.iodata_to_binary())
    IO.inspect(format(doc, 80) |> IO.iodata_to_binary())
    doc = container_doc("[", Enum.to_list(1..5), "]", %{opts | limit: 3}, fun)
    IO.inspect(format(doc, 80) |> IO.iodata_to_binary())
    doc = container_doc("(", ["a", "b"], ")", opts, fun, separator: ";")
    IO.inspect(format(doc, 80) |> IO.iodata_to_binary())
    doc = container_doc("<", Enum.to_list(1..30), ">", opts, fun, break: :strict)
    IO.puts(format(doc, 20) |> IO.iodata_to_binary())
    doc = container_doc("<", Enum.to_list(1..30), ">", opts, fun, break: :flex)
    IO.puts(format(doc, 20) |> IO.iodata_to_binary())
    doc = container_doc("{", [], "}", opts, fun)
    IO.inspect(doc)
    doc = container_doc("[", [1, 2], "]", opts, fn i, o -> to_doc([i, i], o) end)
    IO.inspect(format(doc, 5) |> IO.iodata_to_binary())
    IO.inspect(container_doc("[", [1, 2], "]", opts, fun))
  end
end

Main.run()
