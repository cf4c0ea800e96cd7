# @derive {Inspect, except: ...}, @derive Inspect and optional:.
defmodule Account do
  @derive {Inspect, except: [:token]}
  defstruct [:login, :token, :age]
end

defmodule Plain do
  @derive Inspect
  defstruct b: 2, a: 1
end

defmodule Opt do
  @derive {Inspect, optional: [:tags, :note]}
  defstruct name: "n", tags: [], note: nil
end

defmodule Main do
  def run do
    IO.inspect(%Account{login: "bob", token: "t0k3n", age: 33})
    IO.inspect(%Plain{})
    IO.inspect(%Plain{a: [1, 2]})
    IO.inspect(%Opt{})
    IO.inspect(%Opt{tags: [:x]})
    IO.inspect(%Opt{note: "hello", name: "m"})
    IO.inspect([%Account{login: "a"}, %Plain{}, %Opt{}])
  end
end

Main.run()
