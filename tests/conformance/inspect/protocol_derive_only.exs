# @derive {Inspect, only: ...} prints #Name<...>.
defmodule User do
  @derive {Inspect, only: [:id, :name]}
  defstruct [:id, :name, :address, :password]
end

defmodule Main do
  def run do
    u = %User{id: 1, name: "Jane", address: "Earth", password: "secret"}
    IO.inspect(u)
    IO.puts(inspect(u))
    IO.inspect([u, u])
    IO.inspect(%{user: u})
    IO.inspect(%User{})
    IO.inspect(u, structs: false)
    IO.inspect(u, limit: 1)
    IO.inspect(Inspect.impl_for(u))
    users = for i <- 1..3, do: %User{id: i, name: "user number #{i} with a long name", address: "x"}
    IO.inspect(users)
  end
end

Main.run()
