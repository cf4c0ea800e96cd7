# Sizes in patterns: bound earlier in the same pattern, bound before it, expressions.
defmodule TLV do
  def decode(<<>>), do: []
  def decode(<<type, len, value::binary-size(len), rest::binary>>), do: [{type, value} | decode(rest)]

  def field(bin, n) do
    case bin do
      <<x::size(n), rest::bits>> -> {x, rest}
      _ -> :short
    end
  end

  def pascal(<<n::16, s::binary-size(n), _::binary>>), do: s
end
IO.inspect(TLV.decode(<<1, 2, "hi", 2, 0, 3, 3, "abc">>))
IO.inspect(TLV.field(<<0xF0>>, 4))
IO.inspect(TLV.field(<<0xF0>>, 9))
IO.inspect(TLV.pascal(<<0, 3, "abcdef">>))
n = 2
<<a::size(n * 8), b::binary-size(n + 1), _::binary>> = "abcdefgh"
IO.inspect({a, b})
<<c::size(n)-unit(8), _::binary>> = <<1, 2, 3>>
IO.inspect(c)
len = 3
{^len, <<data::binary-size(len)>>} = {3, "xyz"}
IO.inspect(data)
m = 0
<<e::size(m), rest::binary>> = "q"
IO.inspect({e, rest})
