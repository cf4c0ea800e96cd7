defmodule P do
  defstruct name: "x", age: 0, tags: []
end
defmodule E do
  defexception [:message, :code]
end
defmodule U do
  def run do
    IO.inspect(%P{})
    IO.inspect(%P{name: "a very long name that goes on", tags: Enum.map([1,2,3,4,5,6,7,8], fn i -> "tag#{i}" end)})
    IO.inspect(%P{}, structs: false)
    IO.inspect([%P{}, %P{age: 1}, %P{age: 2}])
    IO.inspect(1..10)
    IO.inspect(10..1//-1)
    IO.inspect(1..10//3)
    IO.inspect([1..2, 3..4])
    IO.inspect(%{range: 1..100, list: Enum.to_list(1..30)})
    IO.inspect(Enum.to_list(1..100), limit: 10)
    IO.inspect(%E{message: "boom", code: 42})
    IO.inspect(%RuntimeError{message: "oops"})
    IO.inspect(%ArgumentError{})
    IO.inspect(Map.put(%P{}, :extra, 1))
    IO.inspect(%{__struct__: Range, first: :a, last: :b, step: 1})
    IO.inspect(Enum.map(1..5, fn i -> %P{age: i, tags: Enum.to_list(1..i)} end))
    try do
      raise E, message: "bad", code: 1
    rescue
      e -> IO.inspect(e)
    end
  end
end
U.run()
