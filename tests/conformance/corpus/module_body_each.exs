# Enum.each with a fn whose body defines functions, in a module body
defmodule Gen do
  @words ~w(alpha beta)
  Enum.each(@words, fn w ->
    def unquote(String.to_atom("say_" <> w))(), do: unquote(w)
  end)

  [one: 1, two: 2]
  |> Enum.each(fn {name, value} ->
    @doc "returns #{value}"
    def unquote(name)(), do: unquote(value)
    defp unquote(:"p_#{name}")(x), do: x + unquote(value)
    def unquote(:"plus_#{name}")(x), do: unquote(:"p_#{name}")(x)
  end)

  Enum.each([{:double, 2}, {:triple, 3}], fn {n, k} ->
    def unquote(n)(x) when is_integer(x), do: x * unquote(k)
    def unquote(n)(_), do: :error
  end)

  # a plain Enum.each in a module body still just runs
  Enum.each([1, 2], fn x -> Module.put_attribute(__MODULE__, :"seen_#{x}", x * 10) end)
  def seen, do: {@seen_1, @seen_2}
end

IO.inspect({Gen.say_alpha(), Gen.say_beta()})
IO.inspect({Gen.one(), Gen.two()})
IO.inspect({Gen.plus_one(10), Gen.plus_two(10)})
IO.inspect({Gen.double(4), Gen.triple(4), Gen.double(:x)})
IO.inspect(Gen.seen())
IO.inspect(Gen.__info__(:functions) |> Enum.sort())
