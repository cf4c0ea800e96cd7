m = %{a: 1, b: "two", c: [3]}
%{a: a} = m
IO.inspect(a)
%{b: b, c: [c]} = m
IO.inspect({b, c})
%{} = m
IO.puts("empty pattern matches any map")
key = :c
%{^key => v} = m
IO.inspect(v)
case %{status: :ok, value: 42} do
  %{status: :error} -> IO.puts("error")
  %{status: :ok, value: v} when v > 40 -> IO.puts("ok big #{v}")
  %{status: :ok} -> IO.puts("ok")
end
case [1, 2] do
  %{} -> IO.puts("map")
  _ -> IO.puts("not a map")
end
%{"str" => s, 1 => one} = %{"str" => "S", 1 => :one}
IO.inspect({s, one})
%{a: %{b: deep}} = %{a: %{b: :deep}}
IO.inspect(deep)
whole = %{x: x} = %{x: 1, y: 2}
IO.inspect({whole, x})
try do
  %{missing: _} = m
rescue
  MatchError -> IO.puts("MatchError")
end
%{1 => int} = %{1 => :int, 1.0 => :float}
IO.inspect(int)
%{1.0 => flt} = %{1 => :int, 1.0 => :float}
IO.inspect(flt)
