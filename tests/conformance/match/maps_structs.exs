# Map and struct patterns: rows with the same keys share their lookups.
defmodule P do
  defstruct [:x, :y]
end

defmodule Q do
  defstruct [:name]
end

defmodule M do
  def f(%P{x: 0, y: 0}), do: :origin
  def f(%P{x: x, y: 0}), do: {:on_x, x}
  def f(%P{x: 0, y: y}), do: {:on_y, y}
  def f(%P{x: x, y: y}) when x == y, do: :diag
  def f(%P{}), do: :point
  def f(%Q{name: "root"}), do: :root
  def f(%Q{name: n}), do: {:q, n}
  def f(%{type: :circle, r: r}), do: {:circle, r}
  def f(%{type: :square, side: s}), do: {:square, s}
  def f(%{type: t}), do: {:typed, t}
  def f(%{}), do: :map
  def f(_), do: :not_a_map

  def g(key, m) do
    case m do
      %{^key => v} -> {:found, v}
      %{default: d} -> {:default, d}
      _ -> :none
    end
  end
end

vals = [struct(P, x: 0, y: 0), struct(P, x: 3, y: 0), struct(P, x: 0, y: 4), struct(P, x: 5, y: 5),
        struct(P, x: 1, y: 2), struct(Q, name: "root"), struct(Q, name: "bob"), %{type: :circle, r: 2},
        %{type: :square, side: 3}, %{type: :square}, %{type: :hex}, %{a: 1}, %{}, [type: :circle], 5]
for v <- vals, do: IO.inspect(M.f(v))
IO.inspect(M.g(:a, %{a: 1}))
IO.inspect(M.g(:b, %{a: 1, default: 0}))
IO.inspect(M.g(:b, %{a: 1}))
IO.inspect(M.g("k", %{"k" => :v}))
