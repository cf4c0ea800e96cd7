# A user struct deep inside a big structure; the fast path for the rest.
defmodule Leaf do
  defstruct [:id]

  defimpl Inspect do
    import Inspect.Algebra
    def inspect(%{id: id}, opts), do: concat(["Leaf#", to_doc(id, opts)])
  end
end

defmodule Main do
  def build(0), do: %Leaf{id: 0}
  def build(n), do: [n, {build(n - 1)}]

  def run do
    IO.inspect(build(5))
    IO.inspect(build(30), limit: 6)
    big = Enum.to_list(1..100) ++ [%Leaf{id: :last}]
    IO.inspect(big, limit: :infinity)
    IO.inspect(big)
    IO.inspect(%{list: Enum.to_list(1..30), leaf: %Leaf{id: 1}})
  end
end

Main.run()
