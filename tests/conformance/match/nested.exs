# Nested tuples and lists: switches on inner positions after the outer one.
defmodule N do
  def eval({:add, a, b}), do: eval(a) + eval(b)
  def eval({:sub, a, b}), do: eval(a) - eval(b)
  def eval({:mul, a, b}), do: eval(a) * eval(b)
  def eval({:neg, a}), do: -eval(a)
  def eval({:const, n}) when is_number(n), do: n
  def eval({:if, {:eq, a, b}, t, e}), do: if(eval(a) == eval(b), do: eval(t), else: eval(e))
  def eval({:list, [h | t]}), do: eval(h) + eval({:list, t})
  def eval({:list, []}), do: 0
  def eval(n) when is_integer(n), do: n

  def shape({{x1, y1}, {x2, y2}}) when x1 == x2 and y1 == y2, do: :point
  def shape({{x, _}, {x, _}}), do: :vertical
  def shape({{_, y}, {_, y}}), do: :horizontal
  def shape({{_, _}, {_, _}}), do: :slanted
  def shape([{_, _} | _] = pts), do: {:polyline, length(pts)}
  def shape([]), do: :nothing
end

IO.inspect(N.eval({:add, {:const, 1}, {:mul, 2, {:neg, {:const, 3}}}}))
IO.inspect(N.eval({:if, {:eq, 1, {:sub, 3, 2}}, 10, 20}))
IO.inspect(N.eval({:if, {:eq, 1, 2}, 10, {:list, [1, 2, {:const, 3}]}}))
for s <- [{{1, 1}, {1, 1}}, {{1, 2}, {1, 5}}, {{1, 2}, {3, 2}}, {{1, 2}, {3, 4}}, [{1, 2}, {3, 4}], []] do
  IO.inspect(N.shape(s))
end
try do
  N.eval({:const, :x})
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
try do
  N.shape({1, 2})
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
