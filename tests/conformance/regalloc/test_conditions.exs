# if/unless/cond/&&/||/! whose condition is a comparison or a type test: the
# compiler branches on the test instruction. Values of the conditions
# themselves (&&, ||, !) and mixed-type comparisons must stay the same.
defmodule Conds do
  def max3(a, b, c) do
    m = if a > b, do: a, else: b
    if m >= c, do: m, else: c
  end

  def kind(x) do
    cond do
      is_integer(x) and x < 0 -> :neg_int
      is_integer(x) -> :int
      is_float(x) -> :float
      is_atom(x) -> :atom
      is_list(x) -> :list
      true -> :other
    end
  end

  def values(a, b) do
    [a < b && :lt, a == b || :ne, !(a === b), a != b and true, (a > b) || nil, is_atom(a) && a]
  end

  def mixed(a, b) do
    {if(a < b, do: :lt, else: :ge), unless(a == b, do: :ne, else: :eq),
     if(a === b, do: :same, else: :diff), if(a != b, do: :neq)}
  end

  def count(n, acc) do
    if n <= 0 do
      acc
    else
      count(n - 1, if(rem(n, 3) == 0, do: acc + n, else: acc))
    end
  end

  def calls(x) do
    y = x * 2
    r = if y > 10, do: Integer.to_string(y), else: to_string(:small)
    {y, r, if(is_binary(r), do: byte_size(r), else: 0)}
  end

  def nested(a, b) do
    if is_number(a) do
      if is_number(b) and a > b, do: {:gt, a - b}, else: {:le_or_nan, a}
    else
      unless is_nil(a), do: {:not_number, a}, else: :nil_value
    end
  end
end

IO.inspect(Conds.max3(1, 5, 3))
IO.inspect(Conds.max3(9, 5, 30))
IO.inspect(Enum.map([-3, 4, 2.5, :a, [1], "s"], &Conds.kind/1))
IO.inspect(Conds.values(1, 2))
IO.inspect(Conds.values(2, 2))
IO.inspect(Conds.values(:b, 1))
IO.inspect(Conds.values(1, 1.0))
IO.inspect(Conds.mixed(1, 1.0))
IO.inspect(Conds.mixed(:a, "a"))
IO.inspect(Conds.mixed({1}, [1]))
IO.inspect(Conds.count(30, 0))
IO.inspect(Conds.calls(3))
IO.inspect(Conds.calls(30))
IO.inspect(Conds.nested(5, 2))
IO.inspect(Conds.nested(5, :x))
IO.inspect(Conds.nested(:y, 1))
IO.inspect(Conds.nested(nil, 1))
x = 7
IO.puts(if x > 5, do: "big", else: "small")
IO.puts(if is_integer(x) && x < 10, do: "digit", else: "no")
