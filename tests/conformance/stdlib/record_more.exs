# Record: the @__records__ attribute, tags, default values that are data
# structures, records in case clauses and guards, and is_record/1,2 guards.
defmodule Shapes do
  require Record
  Record.defrecord(:circle, r: 1.0, center: {0, 0})
  Record.defrecord(:rect, :rectangle, w: 1, h: 1, tags: [:a, %{k: 1}])
  @recs @__records__
  def recs, do: @recs

  def area(circle(r: r)), do: Float.round(3.14159 * r * r, 2)
  def area(rect(w: w, h: h)), do: w * h

  def kind(x) when Record.is_record(x, :circle), do: :circle
  def kind(x) when Record.is_record(x, :rectangle), do: :rect
  def kind(x) when Record.is_record(x), do: :some_record
  def kind(_), do: :other

  def grow(shape) do
    case shape do
      circle() = c -> circle(c, r: circle(c, :r) * 2)
      rect(w: w) = r -> rect(r, w: w * 2, h: rect(r, :h) + 1)
    end
  end

  def counted(n), do: rect(w: (fn -> send(self(), :w); n end).(), h: (fn -> send(self(), :h); n + 1 end).())
end
defmodule UsesShapes do
  require Shapes
  def run do
    IO.inspect Shapes.recs()
    IO.inspect Shapes.area(Shapes.circle(r: 2.0))
    IO.inspect Shapes.area(Shapes.rect(w: 3, h: 4))
    IO.inspect Enum.map([Shapes.circle(), Shapes.rect(), {:other, 1}, :x], &Shapes.kind/1)
    IO.inspect Shapes.grow(Shapes.circle())
    IO.inspect Shapes.grow(Shapes.rect())
    IO.inspect Shapes.counted(5)
    IO.inspect Process.info(self(), :messages)
    IO.inspect Shapes.rect(Shapes.rect(), :tags)
    IO.inspect Shapes.circle(:center)
    IO.inspect Shapes.rect(Shapes.rect(w: 9))
  end
end
UsesShapes.run()
