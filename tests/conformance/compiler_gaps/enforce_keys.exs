# defstruct with @enforce_keys: struct!/2, __struct__/1, %S{} literals and the errors.
defmodule S do
  @enforce_keys [:a]
  defstruct [:a, b: 2]
end
defmodule T do
  def mk(kw), do: struct!(S, kw)
  def mk2(kw), do: struct(S, kw)
end
IO.inspect T.mk(a: 1)
try do
  T.mk(b: 1)
rescue e -> IO.inspect e; IO.puts Exception.message(e)
end
IO.inspect T.mk2(b: 3)
IO.inspect S.__struct__()
try do
  S.__struct__(b: 1)
rescue e -> IO.puts Exception.message(e)
end
IO.inspect S.__struct__(a: 5)
defmodule S2 do
  @enforce_keys [:a, :c]
  defstruct [:a, :b, :c]
end
try do
  struct!(S2, b: 1)
rescue e -> IO.puts Exception.message(e)
end
try do
  Code.eval_string("%S2{b: 1}")
rescue e -> IO.inspect e; IO.puts Exception.message(e)
end
try do
  Code.eval_string("defmodule U do\n def f, do: %S2{a: 1}\nend")
rescue e -> IO.inspect e; IO.puts Exception.message(e)
end
try do
  Code.eval_string("defmodule U3 do\n @enforce_keys :x\n defstruct [:y]\nend")
rescue e -> IO.inspect e; IO.puts Exception.message(e)
end
try do
  Code.eval_string("defmodule U4 do\n @enforce_keys [:x]\n defstruct x: 1\nend; IO.inspect %U4{x: 2}")
rescue e -> IO.inspect e; IO.puts Exception.message(e)
end
try do
  Code.eval_string("defmodule U5 do\n @enforce_keys [1]\n defstruct x: 1\nend")
rescue e -> IO.inspect e; IO.puts Exception.message(e)
end
