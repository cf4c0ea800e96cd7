# @derive field order: only: in another order, defstruct order, exceptions, extra keys.
defmodule O1 do
  @derive {Inspect, only: [:c, :a]}
  defstruct [:c, :b, :a]
end
defmodule O2 do
  @derive {Inspect, only: [:a, :b, :c]}
  defstruct c: 3, b: 2, a: 1
end
defmodule O3 do
  @derive {Inspect, only: [:c, :b, :a]}
  defstruct c: 3, b: 2, a: 1
end
defmodule E1 do
  @derive {Inspect, except: [:message]}
  defexception [:message, :code]
end
defmodule Main do
  def run do
    IO.inspect(%O1{})
    IO.inspect(%O2{})
    IO.inspect(%O3{})
    IO.inspect(%E1{message: "m", code: 1})
    IO.inspect(%O2{} |> Map.put(:extra, 1))
  end
end
Main.run()
