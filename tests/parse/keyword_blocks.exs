defmodule M, do: (def f, do: 1)
if true, do: (a; b), else: c
