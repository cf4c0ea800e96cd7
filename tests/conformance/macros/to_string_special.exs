f = fn q -> IO.puts(Macro.to_string(q)) end
f.(quote do: ~r/foo/)
f.(quote do: ~w(a b c)a)
f.(quote do: a not in b)
f.(quote do: x.y.z())
f.(quote do: (fn -> :ok end))
f.(quote do: %{map | a: 1})
f.(quote do
  receive do
    {:msg, x} -> x
  after
    100 -> :timeout
  end
end)
f.(quote do: with {:ok, a} <- f(), do: a)
f.(quote do: for x <- [1, 2], do: x * 2)
f.(quote do: (a; b; c))
f.(quote do
  if a do
    b
  end
end)
f.(quote do: foo.bar)
f.(quote do: f(&1))
f.(quote do: 1..10//2)
