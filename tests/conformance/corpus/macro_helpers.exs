# Macro.generate_arguments/unique_arguments, decompose_call, quoted_literal?,
# update_meta, pipe/unpipe and path (after Elixir 1.14's macro.ex)
IO.inspect(Macro.generate_arguments(2, __MODULE__))
IO.inspect(Macro.generate_arguments(0, nil))
[{:arg1, [counter: _], M}] = Macro.generate_unique_arguments(1, M)
IO.inspect(Macro.decompose_call(quote(do: foo(1, 2))))
IO.inspect(Macro.decompose_call(quote(do: M.foo(1))))
IO.inspect(Macro.decompose_call(quote(do: foo)))
IO.inspect(Macro.decompose_call(quote(do: 1)))
IO.inspect(Macro.decompose_call(quote(do: {1, 2, 3})))
IO.inspect({Macro.quoted_literal?(quote(do: [1, %{a: "b"}, {1, 2}])), Macro.quoted_literal?(quote(do: foo()))})
IO.inspect(Macro.update_meta(quote(do: foo(1)), &Keyword.put(&1, :x, 1)))
IO.inspect(Macro.update_meta(:atom, &Keyword.put(&1, :x, 1)))
IO.inspect(Macro.pipe(1, quote(do: foo(2)), 0))
IO.inspect(Macro.pipe(1, quote(do: foo(2)), 1))
IO.inspect(Macro.pipe(1, {:bar, [], nil}, 0))
IO.inspect(Macro.unpipe(quote(do: 1 |> foo() |> bar(2))))
IO.inspect(Macro.path(quote(do: [1, 2, 3]), &(&1 == 3)))
IO.inspect(Macro.path(quote(do: foo(bar(3))), &(&1 == 3)))
IO.inspect(Macro.path(quote(do: foo(bar)), &(&1 == 3)))

for bad <- [quote(do: &foo/1), quote(do: {1, 2, 3}), quote(do: fn -> 1 end), quote(do: -x)] do
  try do
    Macro.pipe(1, bad, 0)
  rescue
    e -> IO.inspect(e)
  end
end
