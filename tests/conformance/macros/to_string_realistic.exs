forms = [
  quote(do: x not in [1, 2]),
  quote(do: 1..10//2),
  quote(do: ~w(a b c)a),
  quote(do: ~s"hello #{name}"),
  quote(do: ~r/ab+c/i),
  quote(do: %{a: 1, b: [1, 2]}),
  quote(do: %User{name: "x"}),
  quote(do: %{user | name: "y"}),
  quote(do: case x do
    {:ok, v} when v > 0 -> v
    _ -> nil
  end),
  quote(do: (with {:ok, a} <- f(), {:ok, b} <- g(a), do: a + b, else: (_ -> :error))),
  quote(do: (for x <- 1..3, y <- [1], x > y, into: %{}, do: {x, y})),
  quote(do: try do
    f()
  rescue
    e in ArgumentError -> e
  after
    g()
  end),
  quote(do: receive do
    {:msg, m} -> m
  after
    100 -> :timeout
  end),
  quote(do: cond do
    a -> 1
    true -> 2
  end),
  quote(do: (if a, do: b, else: c)),
  quote(do: (unless a, do: b)),
  quote(do: (def foo(a, b \\ 1) when is_integer(a), do: a + b)),
  quote(do: defmodule M do
    @moduledoc "x"
    def f, do: 1
  end),
  quote(do: &(&1 + &2)),
  quote(do: &Enum.map(&1, fn x -> x * 2 end)),
  quote(do: x |> f() |> g(1)),
  quote(do: <<a::binary-size(4), rest::bits>>),
  quote(do: "a\nb\t\"c\""),
  quote(do: 'chars'),
  quote(do: :"quoted atom"),
  quote(do: Foo.Bar.baz(1)),
  quote(do: foo.bar.baz),
  quote(do: fun.(1, 2)),
  quote(do: ^pinned = 1),
  quote(do: [h | t]),
  quote(do: {1, 2, 3}),
  quote(do: -x + (-1)),
  quote(do: !x),
  quote(do: not x),
  quote(do: a and (b or c)),
  quote(do: (a = 1; b = 2)),
  quote(do: @attr 1),
  quote(do: x[:key]),
  quote(do: map.key),
  quote(do: 1.5e10),
  quote(do: 0x1F),
  quote(do: (raise ArgumentError, "msg")),
  quote(do: (import Enum, only: [map: 2])),
  quote(do: alias Foo.{Bar, Baz}),
  quote(do: fn
    0 -> :zero
    n -> n
  end),
  quote(do: a ~> b),
  quote(do: x :: integer),
  quote(do: ... ),
  quote(do: __MODULE__.foo()),
  quote(do: Kernel.+(1, 2)),
  quote(do: :erlang.+(1, 2)),

  quote(do: foo(bar(baz(1)))),
  quote(do: 1 - (2 - 3)),
  quote(do: (1 - 2) - 3),
  quote(do: 2 ** 3 ** 4),
  quote(do: a <> b <> c),
  quote(do: [a: 1, b: 2]),
  quote(do: [{:a, 1}, 2]),
  quote(do: f(a: 1)),
  quote(do: f(1, a: 1)),
  quote(do: %{"a" => 1, b: 2}),
  quote(do: <<1, 2>>),
  quote(do: "x#{1 + 1}y"),
  quote(do: ~c"abc"),
  quote(do: ~D[2020-01-01]),
  quote(do: ~S(no #{escape})),
  quote(do: &__MODULE__.f/1),
  quote(do: &f/1),
  quote(do: &:erlang.abs/1),
  quote(do: x = y = 1),
  quote(do: super(1)),
  quote(do: var!(x)),
  quote(do: nil),
  quote(do: true and false),
  quote(do: left in right),
  quote(do: -1),
  quote(do: - 1),
  quote(do: 1 + -1),
  quote(do: a.()),
  quote(do: Mod.fun),
  quote(do: Mod.fun()),
  quote(do: %{}),
  quote(do: {}),
  quote(do: []),
  quote(do: <<>>),
  quote(do: ""),
  quote(do: fn -> :ok end),
  quote(do: fn a, b -> a + b end),
  quote(do: (fn -> 1 end).()),
]
for f <- forms do
  IO.puts Macro.to_string(f)
  IO.puts "---"
end
