defmodule User do
  @derive {Inspect, only: [:name]}
  @enforce_keys [:name]
  defstruct [:name, :email, age: 0, tags: []]

  def new(name, opts \\ []), do: struct!(__MODULE__, [name: name] ++ opts)
  def adult?(%__MODULE__{age: age}), do: age >= 18
end

defmodule Secret do
  @derive {Inspect, except: [:token]}
  defstruct [:id, :token]
end

defmodule Point do
  defstruct x: 0, y: 0

  defimpl String.Chars do
    def to_string(%{x: x, y: y}), do: "(#{x}, #{y})"
  end

  defimpl Inspect do
    import Inspect.Algebra
    def inspect(%{x: x, y: y}, opts), do: concat(["#Point<", to_doc(x, opts), ",", to_doc(y, opts), ">"])
  end
end

defmodule Main do
  def run do
    u = User.new("ann", age: 30, email: "a@x")
    IO.inspect u
    IO.inspect User.adult?(u)
    IO.inspect %Secret{id: 1, token: "abc"}
    IO.inspect %Point{x: 1, y: 2}
    IO.puts "point: #{%Point{x: 3}}"
    IO.inspect [%Point{}, %Point{x: -1}]
    IO.inspect Map.from_struct(%Point{x: 5})
    IO.inspect struct(Point, x: 9, z: 1)
    try do
      struct!(Point, z: 1)
    rescue
      e -> IO.puts "#{inspect e.__struct__}: #{Exception.message(e)}"
    end
    try do
      User.new(nil) |> Map.put(:name, nil) |> IO.inspect()
      struct!(User, [])
    rescue
      e -> IO.puts "#{inspect e.__struct__}: #{Exception.message(e)}"
    end
    p = %Point{x: 1}
    %Point{x: px} = p
    IO.inspect px
    IO.inspect %{p | y: 7}
    try do
      %{p | z: 1}
    rescue
      e -> IO.puts "#{inspect e.__struct__}: #{Exception.message(e)}"
    end
    IO.inspect is_struct(p), label: "is_struct"
    IO.inspect is_struct(p, Point)
    IO.inspect is_map(p)
    IO.inspect match?(%Point{}, %{__struct__: Point, x: 1, y: 2})
    IO.inspect Enum.map([u], & &1.name)
    IO.inspect Point.__struct__()
    IO.inspect inspect(%Secret{id: 2}, pretty: true)
    IO.inspect User.__info__(:struct) |> length()
  end
end

Main.run()
