# Long output that breaks lines at 80 columns with user impls inside.
defmodule Tag do
  defstruct [:name]
end

defimpl Inspect, for: Tag do
  import Inspect.Algebra

  def inspect(%Tag{name: name}, opts) do
    concat(["#Tag<", to_doc(name, opts), ">"])
  end
end

defmodule Main do
  def run do
    tags = for n <- 1..12, do: %Tag{name: "tag-number-#{n}"}
    IO.inspect(tags)
    IO.inspect(%{tags: tags, count: 12})
    IO.inspect({:tags, tags})
    IO.puts(inspect(tags))
    IO.puts(inspect(tags, pretty: true, width: 40))
    IO.inspect(tags, width: 30)
    IO.inspect(Enum.take(tags, 3), width: 0)
    IO.inspect(tags, limit: 3)
    IO.inspect([short: %Tag{name: :a}, longer_key_name: %Tag{name: "a string that is rather long"}, another: %Tag{name: 42}])
  end
end

Main.run()
