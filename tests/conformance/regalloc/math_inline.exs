# :math functions and round/trunc/floor/ceil compile inline (no call): values
# around them stay in registers; their errors are the same as a call's.
defmodule MathInline do
  def dist(x1, y1, x2, y2) do
    dx = x2 - x1
    dy = y2 - y1
    d = :math.sqrt(dx * dx + dy * dy)
    {dx, dy, d, round(d), trunc(d * 10), floor(d), ceil(d)}
  end

  def trig(a) do
    s = :math.sin(a)
    c = :math.cos(a)
    {round((s * s + c * c) * 1.0e9), round(:math.atan2(s, c) * 1.0e9), :math.pow(2, 10), :math.pi() > 3}
  end

  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + :math.sqrt(n) * :math.log(n + 1))

  def safe(f) do
    try do
      f.()
    rescue
      e -> {:error, e.__struct__, Exception.message(e)}
    end
  end
end

IO.inspect(MathInline.dist(0, 0, 3, 4))
IO.inspect(MathInline.dist(1.5, 2.5, -2, 7))
IO.inspect(MathInline.trig(0.7))
IO.inspect(round(MathInline.loop(100, 0.0) * 1.0e6))
IO.inspect(MathInline.safe(fn -> :math.sqrt(-1) end))
IO.inspect(MathInline.safe(fn -> :math.log(0) end))
IO.inspect(MathInline.safe(fn -> :math.sqrt(:a) end))
IO.inspect(MathInline.safe(fn -> round(:a) end))
IO.inspect(MathInline.safe(fn -> trunc("1") end))
IO.inspect(MathInline.safe(fn -> x = 5; y = :math.exp(x); {x, round(y * 1000)} end))
