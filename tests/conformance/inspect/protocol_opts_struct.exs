# Impls receive %Inspect.Opts{} and honour limit, base, pretty, width.
defmodule Bag do
  defstruct items: []

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{items: items}, %Inspect.Opts{limit: limit} = opts) do
      concat(["#Bag<limit=", to_string(limit), " ", to_doc(items, opts), ">"])
    end
  end
end

defmodule Main do
  def run do
    b = %Bag{items: Enum.to_list(1..10)}
    IO.inspect(b)
    IO.inspect(b, limit: 3)
    IO.inspect(b, limit: :infinity)
    IO.inspect(b, base: :binary, limit: 4)
    IO.puts(inspect([b], limit: 5))
    IO.inspect(%Inspect.Opts{}.limit)
    IO.inspect(%Inspect.Opts{}.width)
    IO.inspect(Inspect.Opts.new(limit: 3).limit)
    IO.inspect(Inspect.Opts.new([]).pretty)
    IO.inspect(%Inspect.Opts{base: :hex}.base)
  end
end

Main.run()
