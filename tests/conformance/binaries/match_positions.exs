# Bitstring patterns in function heads (with guards), fn clauses, with, and failed matches.
defmodule P do
  def parse(<<"GET ", path::binary>>), do: {:get, path}
  def parse(<<"POST ", path::binary>>), do: {:post, path}
  def parse(<<len::8, rest::binary>>) when len < 10, do: {:short, len, rest}
  def parse(_), do: :unknown
  def count_ones(<<>>), do: 0
  def count_ones(<<1::1, rest::bits>>), do: 1 + count_ones(rest)
  def count_ones(<<0::1, rest::bits>>), do: count_ones(rest)
end
IO.inspect(P.parse("GET /index"))
IO.inspect(P.parse("POST /form"))
IO.inspect(P.parse(<<3, "abc">>))
IO.inspect(P.parse(<<30, "abc">>))
IO.inspect(P.count_ones(<<0xFF, 0x0F, 5::3>>))
f = fn
  <<x::16>> -> {:two, x}
  <<x>> -> {:one, x}
  _ -> :other
end
IO.inspect(f.(<<1, 2>>))
IO.inspect(f.(<<1>>))
IO.inspect(f.("abc"))
r = with <<a, b>> <- "xy", <<c::utf8>> <- "é" do
  {a, b, c}
end
IO.inspect(r)
r2 = with <<a, _::binary>> <- "", do: a, else: (x -> {:else, x})
IO.inspect(r2)
try do
  <<a::8>> = "ab"
  IO.inspect(a)
catch
  :error, e -> IO.inspect(e)
end
x = <<1, 2, 3>>
try do
  <<_::binary-size(5), _::binary>> = x
catch
  :error, e -> IO.inspect(e)
end
a = :a
try do
  IO.inspect(<<a>>)
catch
  :error, e -> IO.inspect(e)
end
