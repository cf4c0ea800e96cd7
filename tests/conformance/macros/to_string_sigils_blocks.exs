forms = [
  quote(do: ~s"""
  hello
  world
  """),
  quote(do: ~S"""
  raw #{x}
  """),
  quote(do: """
  heredoc
  text
  """),
  quote(do: ~w[a b]),
  quote(do: ~s{a}),
  quote(do: ~s<a>),
  quote(do: ~s|a|),
  quote(do: ~s'a'),
  quote(do: ~r/a\/b/),
  quote(do: x not in y),
  quote(do: 1..2),
  quote(do: a..b//c),
  quote(do: first..last//step = range),
  quote(do: {:ok, %{a: [1, 2]}} = f()),
  quote(do: def(f(x), do: x)),
  quote(do: def f(x) do
    y = x + 1
    y * 2
  end),
  quote(do: (defp f(x) when x > 0, do: x)),
  quote(do: Enum.map(list, fn x -> x * 2 end)),
  quote(do: Enum.reduce(list, 0, fn x, acc -> x + acc end)),
  quote(do: case f() do
    {:ok, x} ->
      y = x
      y
    :error -> nil
  end),
  quote(do: %{m | a: 1, b: 2}),
  quote(do: %S{s | a: 1}),
  quote(do: [1, 2 | rest]),
  quote(do: String.t()),
  quote(do: @type t :: %__MODULE__{a: integer}),
  quote(do: a || b && c),
  quote(do: (a || b) && c),
  quote(do: x |> Enum.map(&(&1 * 2)) |> Enum.sum()),
  quote(do: "multi\nline"),
  quote(do: <<"abc", x::8>>),
  quote(do: __MODULE__),
  quote(do: __ENV__.file),
  quote(do: send(pid, {:msg, self()})),
  quote(do: receive(do: ({:msg, x} -> x), after: (1000 -> :timeout))),
  quote(do: try(do: f(), rescue: (e -> e))),
  quote(do: cond(do: (x > 1 -> :a; true -> :b))),
  quote(do: -(-x)),
  quote(do: - -x),
  quote(do: 1 - -1),
  quote(do: 2 * (3 + 4)),
  quote(do: (2 * 3) + 4),
  quote(do: !(a and b)),
  quote(do: ^x),
  quote(do: &1),
  quote(do: x.y.z()),
  quote(do: :"foo-bar"),
  quote(do: :+),
  quote(do: :"Elixir.Foo"),
  quote(do: Foo),
  quote(do: :foo?),
  quote(do: [do: 1]),
  quote(do: f(do: 1)),
  quote(do: f(x, do: 1)),
  quote(do: [{:a, 1}, {:b, 2, 3}]),
  quote(do: %{"a" => 1}),
  quote(do: %{{1, 2} => 3}),
  quote(do: %{a: %{b: %{c: 1}}}),
  quote(do: if(x, do: 1)),
  quote(do: 0b1010),
  quote(do: 0o17),
  quote(do: ?a),
  quote(do: 1_000_000),
  quote(do: -0.5),
]
for f <- forms do
  IO.puts Macro.to_string(f)
  IO.puts "---"
end
