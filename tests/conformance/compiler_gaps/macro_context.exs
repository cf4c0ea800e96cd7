# __CALLER__.context is :match in a pattern and :guard in a guard; macros of other modules expand in patterns.
defmodule M do
defmacro ctx(), do: Macro.escape(__CALLER__.context)
end
defmodule N do
require M
def f(M.ctx()), do: 1
def g(x) when x == M.ctx(), do: 2
def h, do: M.ctx()
end
IO.inspect {N.f(:match), N.g(:guard), N.h}
