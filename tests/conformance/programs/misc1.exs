defmodule Shapes do
  @type shape :: {:circle, number} | {:rect, number, number}
  def area({:circle, r}), do: :math.pi() * r * r
  def area({:rect, w, h}), do: w * h
  def area({:triangle, a, b, c}) do
    s = (a + b + c) / 2
    :math.sqrt(s * (s - a) * (s - b) * (s - c))
  end

  def describe(shape) do
    case shape do
      {:circle, r} when r > 10 -> "big circle"
      {:circle, _} -> "circle"
      {:rect, s, s} -> "square"
      {:rect, _, _} -> "rectangle"
      _ -> "unknown"
    end
  end
end

shapes = [{:circle, 1}, {:circle, 11}, {:rect, 2, 2}, {:rect, 2, 3}, {:triangle, 3, 4, 5}]
for s <- shapes do
  IO.puts("#{Shapes.describe(s)}: #{Float.round(Shapes.area(s) * 1.0, 3)}")
end

defmodule Parser do
  def parse_kv(str) do
    with [k, v] <- String.split(str, "=", parts: 2),
         k = String.trim(k),
         true <- k != "" || {:error, :empty_key},
         {n, ""} <- Integer.parse(String.trim(v)) do
      {:ok, {String.to_atom(k), n}}
    else
      {:error, _} = e -> e
      {_n, rest} -> {:error, {:trailing, rest}}
      :error -> {:error, :not_a_number}
      [_] -> {:error, :no_equals}
    end
  end
end

for s <- ["a=1", " b = 22 ", "c=3x", "d=x", "noeq", "=5"] do
  IO.inspect(Parser.parse_kv(s), label: inspect(s))
end

fact = fn
  0, _f -> 1
  n, f -> n * f.(n - 1, f)
end
IO.inspect(fact.(20, fact))

fizz = fn n ->
  cond do
    rem(n, 15) == 0 -> "FizzBuzz"
    rem(n, 3) == 0 -> "Fizz"
    rem(n, 5) == 0 -> "Buzz"
    true -> to_string(n)
  end
end
IO.puts(1..15 |> Enum.map(fizz) |> Enum.join(" "))

pyth = for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c}
IO.inspect(pyth)
IO.inspect(for x <- [1, 2, 3], y <- [:a, :b], do: {x, y})
IO.inspect(for {k, v} <- [a: 1, b: 2, c: 3], v > 1, into: %{}, do: {v, k})
IO.inspect(for <<c <- "abc">>, into: "", do: <<c + 1>>)
IO.inspect(for x <- 1..10, reduce: 0, do: (acc -> acc + x))
IO.inspect(for x <- [1, 1, 2, 3, 3], uniq: true, do: x * 10)
defmodule Defaults do
  def greet(name, greeting \\ "Hello", punct \\ "!"), do: "#{greeting}, #{name}#{punct}"
end
IO.puts(Defaults.greet("Ann"))
IO.puts(Defaults.greet("Ann", "Hi"))
IO.puts(Defaults.greet("Ann", "Yo", "?"))
IO.inspect(Enum.map([%{a: 1}, %{a: 2, b: 3}], fn %{a: a} = m -> {a, map_size(m)} end))
IO.inspect(max(3, 7), label: "max")
IO.inspect([3, 1, 2] |> Enum.sort() |> Enum.reverse() |> hd())
IO.inspect(Kernel.length([1, 2]))
IO.inspect(is_atom(:a) and is_binary("b") and not is_list(1))
IO.inspect(:erlang.tuple_size({1, 2, 3}))
IO.inspect(elem({:a, :b}, 1))
IO.inspect(put_elem({1, 2}, 1, :x))
IO.inspect(Tuple.to_list({1, 2}) ++ [3])
IO.inspect(List.to_tuple([1, 2]))
IO.inspect(String.to_integer("-42") + 1)
IO.inspect("abc" <> "def" == "abcdef")
IO.inspect(?a)
IO.inspect(<<?a, ?b>>)
IO.inspect('abc' ++ 'd')
IO.inspect(hd('x'))
IO.inspect(Enum.map(~c"ab", &(&1 + 1)))
