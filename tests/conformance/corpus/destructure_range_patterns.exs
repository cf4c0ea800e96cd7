# Kernel.destructure/2, range patterns (first..last, first..last//step) and
# get_in/2 on nil, as Elixir 1.14's own examples use them
defmodule D do
  def bounds(first..last), do: {first, last}
  def stepped(first..last//step) when step > 1, do: {:stepped, first, last, step}
  def stepped(_..last//_), do: {:unit, last}

  def run do
    destructure([x, y, z], [1, 2, 3, 4, 5])
    IO.inspect({x, y, z})
    destructure([a, b, c], [1])
    IO.inspect({a, b, c})
    destructure([p], nil)
    IO.inspect(p)
    destructure([_, second], String.split("k=v", "="))
    IO.inspect(second)
    first..last//step = 1..9//2
    IO.inspect({first, last, step})
    f..l = 3..5
    IO.inspect({f, l})
    IO.inspect(bounds(10..1//-1))
    IO.inspect({stepped(1..10//3), stepped(1..4)})
    case 1..10//3 do
      a..b//s when s > 1 -> IO.inspect({a, b, s})
    end
    IO.inspect(match?(0.._, 0..5))
    IO.inspect(get_in(nil, [Access.all(), :age]))
    IO.inspect(get_in(nil, [:a, :b]))
    IO.inspect(get_in(%{a: nil}, [:a, Access.at(0)]))
    IO.inspect(get_in([%{age: 1}, %{age: 2}], [Access.all(), :age]))
    try do
      destructure([q], :bad)
      IO.inspect(q)
    rescue
      e -> IO.inspect(e.__struct__)
    end
  end
end

D.run()
