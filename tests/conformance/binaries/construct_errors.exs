# Failing constructions raise badarg (the messages are checked by tests/cli).
defmodule Id do
  def id(x), do: x
end
try_it = fn f ->
  try do
    IO.inspect(f.())
  catch
    kind, reason -> IO.inspect({kind, reason})
  end
end
a = Id.id(:a)
n = Id.id(-1)
s = Id.id("abc")
b = Id.id(<<1::3>>)
try_it.(fn -> <<a>> end)
try_it.(fn -> <<a::float>> end)
try_it.(fn -> <<1::size(n)>> end)
try_it.(fn -> <<s::binary-size(5)>> end)
try_it.(fn -> <<b::binary>> end)
try_it.(fn -> <<a::binary>> end)
try_it.(fn -> <<n::utf8>> end)
try_it.(fn -> <<Id.id(1.5)::float-size(Id.id(8))>> end)
try_it.(fn -> <<1, 2, a>> end)
try_it.(fn -> "x" <> a end)
try_it.(fn -> s <> b end)
try_it.(fn -> <<s::binary-size(a)>> end)
try_it.(fn -> <<s::bits-size(2), b::bits>> end)
