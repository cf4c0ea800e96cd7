defprotocol Greet do
  def greet(x)
  def greet_with(x, greeting)
end

defmodule Person do
  defstruct name: "nobody"

  defimpl Greet do
    def greet(%{name: name}), do: "hello #{name}"
    def greet_with(%{name: name}, g), do: "#{g} #{name}"
  end
end

defmodule Robot do
  defstruct id: 0

  defimpl Greet, for: Robot do
    def greet(%Robot{id: id}), do: "beep #{id}"
    def greet_with(r, _), do: greet(r)
  end
end

defmodule Main do
  def run do
    IO.puts(Greet.greet(%Person{name: "ann"}))
    IO.puts(Greet.greet_with(%Person{name: "bob"}, "hi"))
    IO.puts(Greet.greet(%Robot{id: 7}))
    IO.puts(Greet.greet_with(%Robot{id: 8}, "x"))
    IO.inspect(Greet.impl_for(%Person{}))
    IO.inspect(Greet.Person.__impl__(:for))
    IO.inspect(Greet.__protocol__(:functions))
  end
end

Main.run()
