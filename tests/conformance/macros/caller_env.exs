defmodule E do
  defmacro show do
    c = __CALLER__
    IO.inspect({c.module, c.function, c.line, c.context})
    IO.inspect(c.requires)
    IO.inspect(c.aliases)
    IO.inspect(__ENV__.function)
    IO.inspect(hd(c.functions))
    :ok
  end
  defmacro mod_name do
    inspect(__CALLER__.module)
  end
end
defmodule F do
  require E
  alias Foo.Bar
  import List, only: [first: 1]
  def f, do: E.show()
  def g, do: E.mod_name()
  def h, do: __ENV__.function
  def l, do: __ENV__.line
  def m, do: __ENV__.module
end
IO.inspect(F.f)
IO.inspect(F.g)
IO.inspect(F.h)
IO.inspect(F.l)
IO.inspect(F.m)
IO.inspect(__ENV__.module)
IO.inspect(__ENV__.function)
IO.inspect(__ENV__.line)
IO.inspect(length(Map.keys(__ENV__)))
IO.inspect(__ENV__.context)
