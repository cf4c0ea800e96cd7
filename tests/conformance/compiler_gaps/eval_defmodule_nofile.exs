# A module defined by Code.eval_string reports the file "nofile".
Code.eval_string("defmodule EvalMod do\n  def where, do: __ENV__.file\n  def boom, do: raise \"x\"\nend")
IO.inspect EvalMod.where()
try do
  EvalMod.boom()
rescue
  _ -> IO.inspect(__STACKTRACE__ |> hd() |> elem(3) |> Keyword.take([:file, :line]))
end
{_, _} = Code.eval_string("defmodule EvalMod2 do\n  def f, do: __ENV__.line\nend")
IO.inspect EvalMod2.f()
try do
  Code.eval_string("defmodule EvalMod3 do\n  def f, do: undefined_thing()\nend")
rescue
  e -> IO.inspect(e)
end
