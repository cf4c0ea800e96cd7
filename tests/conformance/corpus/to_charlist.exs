# Kernel.to_charlist/1 and the List.Chars protocol.
IO.inspect(to_charlist(:abc))
IO.inspect(to_charlist(nil))
IO.inspect(to_charlist(true))
IO.inspect(to_charlist("héllo"))
IO.inspect(to_charlist(""))
IO.inspect(to_charlist(123))
IO.inspect(to_charlist(-45))
IO.inspect(to_charlist(1.5))
IO.inspect(to_charlist(0.1))
IO.inspect(to_charlist([1, "ab", 'cd']))
IO.inspect(to_charlist('already'))
IO.inspect(Kernel.to_charlist(:kernel_remote))
IO.inspect("pipe" |> to_charlist() |> Enum.reverse())
IO.inspect(Enum.map([:a, 1, "b"], &to_charlist/1))
IO.inspect(List.Chars.to_charlist(:direct))

defmodule Point do
  defstruct x: 0, y: 0
end

defimpl List.Chars, for: Point do
  def to_charlist(%Point{x: x, y: y}), do: ~c"(#{x},#{y})"
end

defmodule UsePoint do
  def run, do: IO.inspect(to_charlist(%Point{x: 1, y: 2}))
end

UsePoint.run()

for value <- [%{a: 1}, {1, 2}, <<1::3>>] do
  try do
    to_charlist(value)
  rescue
    e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
  end
end
