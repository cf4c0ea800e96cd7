defmodule BST do
  defstruct value: nil, left: nil, right: nil

  def insert(nil, v), do: %BST{value: v}
  def insert(%BST{value: x} = t, v) when v < x, do: %{t | left: insert(t.left, v)}
  def insert(%BST{value: x} = t, v) when v > x, do: %{t | right: insert(t.right, v)}
  def insert(t, _v), do: t

  def from_list(list), do: Enum.reduce(list, nil, &insert(&2, &1))

  def to_list(nil), do: []
  def to_list(%BST{left: l, value: v, right: r}), do: to_list(l) ++ [v] ++ to_list(r)

  def fold(nil, acc, _f), do: acc
  def fold(%BST{left: l, value: v, right: r}, acc, f), do: fold(r, f.(v, fold(l, acc, f)), f)

  def height(nil), do: 0
  def height(%BST{left: l, right: r}), do: 1 + max(height(l), height(r))

  def member?(nil, _), do: false
  def member?(%BST{value: v}, v), do: true
  def member?(%BST{value: x, left: l}, v) when v < x, do: member?(l, v)
  def member?(%BST{right: r}, v), do: member?(r, v)

  def pretty(nil, _indent), do: []
  def pretty(%BST{} = t, indent) do
    pretty(t.right, indent + 2) ++ [String.duplicate(" ", indent) <> to_string(t.value)] ++ pretty(t.left, indent + 2)
  end
end

t = BST.from_list([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
IO.inspect(BST.to_list(t))
IO.inspect(BST.fold(t, 0, &+/2), label: "sum")
IO.inspect(BST.height(t), label: "height")
IO.inspect(Enum.map([35, 36, 80], &BST.member?(t, &1)))
IO.puts(Enum.join(BST.pretty(t, 0), "\n"))
small = BST.from_list([2, 1, 3])
IO.inspect(small)
IO.inspect(small, structs: false)
