defmodule User do
  defstruct name: "anon", age: 0
end

defmodule Main do
  def run do
    IO.inspect(%User{})
    IO.inspect(%User{name: "ann"})
    IO.inspect(%User{age: 30, name: "bob"})
    u = %User{name: "cy"}
    IO.puts(u.name)
    IO.puts(u.age)
    IO.inspect(u.__struct__)
    IO.inspect(map_size(u))
  end
end

Main.run()
