def f(a, b \\ 1), do: a + b
def g(opts \\ []), do: opts
