# Small Macro functions real code uses: underscore/camelize, var, escape,
# to_string, decompose_call, validate, generate_arguments, pipe/unpipe,
# quoted_literal?, prewalk/postwalk, update_meta, inspect_atom, path.
IO.inspect {Macro.underscore("FooBar"), Macro.underscore(Foo.BarBaz), Macro.underscore("HTTPServer"), Macro.underscore("foo_bar"), Macro.underscore("Foo9Bar"), Macro.underscore("ABc")}
IO.inspect {Macro.camelize("foo_bar"), Macro.camelize("foo/bar"), Macro.camelize("_foo"), Macro.camelize("foo__bar"), Macro.camelize("Foo"), Macro.camelize("")}
IO.inspect Macro.var(:x, nil)
IO.inspect Macro.var(:x, __MODULE__)
IO.inspect Macro.escape({:a, %{b: 1}, [1]})
IO.inspect Macro.escape({1, 2})
IO.inspect Macro.escape(%{a: {1,2,3}}, unquote: true)
IO.puts Macro.to_string(quote(do: (def f(x) when x > 1, do: x * 2)))
IO.puts Macro.to_string(quote(do: case x do 1 -> :a; _ -> :b end))
IO.puts Macro.to_string(quote(do: %{a: 1, b: [1, 2]} |> Map.get(:a)))
IO.inspect Macro.decompose_call(quote(do: foo(1, 2)))
IO.inspect Macro.decompose_call(quote(do: M.foo(1, 2)))
IO.inspect Macro.validate({:a, :b, :c})
IO.inspect Macro.generate_arguments(2, nil)
IO.inspect Macro.pipe(1, quote(do: foo(2)), 0)
IO.inspect Macro.unpipe(quote(do: 1 |> f() |> g(2)))
IO.inspect Macro.quoted_literal?(quote(do: [1, :a, "b"]))
IO.inspect Macro.prewalk(quote(do: a + b), fn {:a, m, c} -> {:z, m, c}; x -> x end)
IO.inspect Macro.postwalk(quote(do: 1 + 2), 0, fn x, acc when is_integer(x) -> {x, acc + x}; x, acc -> {x, acc} end)
IO.inspect Macro.update_meta(quote(do: foo(1)), &Keyword.put(&1, :x, 1))
IO.inspect Macro.classify_atom(:foo)
IO.inspect Macro.inspect_atom(:literal, :"foo bar")
IO.inspect Macro.escape(%{b: 1, a: {1, 2, 3}})
IO.inspect Macro.escape([1 | 2])
IO.inspect Macro.escape({:a, {:unquote, [], [:x]}}, unquote: true)
IO.inspect Macro.escape({:a, {:unquote, [], [:x]}})
IO.inspect Macro.escape(<<1::3>>)
IO.inspect Macro.escape(self()) |> is_pid()
try do
  Macro.escape(make_ref())
rescue
  e -> IO.puts(e.__struct__)
end
IO.inspect Macro.decompose_call(quote(do: foo))
IO.inspect Macro.decompose_call(quote(do: {1, 2, 3}))
IO.inspect Macro.validate([1, {:a, [], nil}])
IO.inspect Macro.generate_arguments(0, nil)
IO.inspect Macro.quoted_literal?(quote(do: %{a: [1, {2, 3}]}))
IO.inspect Macro.quoted_literal?(quote(do: {foo, 1}))
try do
  Macro.pipe(1, quote(do: %{}), 0)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Macro.pipe(1, quote(do: fn -> 1 end), 0)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect Macro.path(quote(do: foo(1)), &(&1 == :nope))
IO.inspect Macro.Env.in_match?(__ENV__)
