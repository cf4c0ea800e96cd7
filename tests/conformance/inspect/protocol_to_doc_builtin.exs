# Inspect.Algebra.to_doc/2 and Inspect.inspect/2 on built-in types give
# Elixir's documents.
defmodule Main do
  def run do
    opts = %Inspect.Opts{}
    IO.inspect(Inspect.Algebra.to_doc(1, opts))
    IO.inspect(Inspect.Algebra.to_doc(:atom, opts))
    IO.inspect(Inspect.Algebra.to_doc("str", opts))
    IO.inspect(Inspect.Algebra.to_doc(1.5, opts))
    IO.inspect(Inspect.Algebra.to_doc([], opts))
    IO.inspect(Inspect.Algebra.to_doc('abc', opts))
    IO.inspect(Inspect.Algebra.to_doc({1, 2}, opts))
    IO.inspect(Inspect.Algebra.to_doc([a: 1], opts))
    IO.inspect(Inspect.Algebra.to_doc(%{"k" => :v}, opts))
    IO.inspect(Inspect.Algebra.to_doc(1..3, opts))
    IO.inspect(Inspect.Algebra.to_doc(<<1, 2>>, opts))
    IO.inspect(Inspect.Algebra.to_doc([1, 2, 3], %{opts | limit: 2}))
    IO.inspect(Inspect.inspect(42, opts))
    IO.inspect(Inspect.inspect([1 | 2], opts))
    IO.inspect(Inspect.inspect(255, %{opts | base: :hex}))
    IO.inspect(Inspect.List.inspect([1, 2], opts))
    IO.inspect(Inspect.Tuple.inspect({}, opts))
    IO.inspect(Inspect.Map.inspect(%{}, opts))
    IO.inspect(Inspect.impl_for(1))
    IO.inspect(Inspect.impl_for(1.0))
    IO.inspect(Inspect.impl_for(:a))
    IO.inspect(Inspect.impl_for("s"))
    IO.inspect(Inspect.impl_for([]))
    IO.inspect(Inspect.impl_for({}))
    IO.inspect(Inspect.impl_for(%{}))
    IO.inspect(Inspect.impl_for(1..2))
    IO.inspect(Inspect.impl_for(fn -> 1 end))
  end
end

Main.run()
