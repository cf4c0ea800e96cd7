# Record: defrecordp, updates of several fields, and compile-time errors.
defmodule Stack do
  require Record
  Record.defrecordp(:stack, items: [], size: 0)
  def new, do: stack()
  def push(s, x), do: stack(s, items: [x | stack(s, :items)], size: stack(s, :size) + 1)
  def peek(stack(items: [x | _])), do: x
  def size(s), do: stack(s, :size)
  def both(s), do: stack(s, size: 99, items: [:a])
end
s = Stack.new() |> Stack.push(1) |> Stack.push(2)
IO.inspect s
IO.inspect {Stack.peek(s), Stack.size(s)}
IO.inspect Stack.both(s)
for src <- [
      "defmodule R1 do\n require Record\n Record.defrecord(:r, [:a])\n def f, do: r(b: 1)\nend",
      "defmodule R2 do\n require Record\n Record.defrecord(:r, [:a])\n def f(x), do: r(x, :b)\nend",
      "defmodule R3 do\n require Record\n Record.defrecord(:r, [1])\nend",
      "defmodule R4 do\n require Record\n def r(x), do: x\n Record.defrecord(:r, [:a])\nend",
      "defmodule R5 do\n require Record\n Record.defrecord(:r, [:a])\n def f(x), do: r(x, 1)\nend",
      "defmodule R6 do\n require Record\n Record.defrecord(:r, [:a])\n def f(r(x, a: 1)), do: x\nend"
    ] do
  try do
    Code.eval_string(src)
    IO.puts("ok")
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
