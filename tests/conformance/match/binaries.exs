# Binary patterns next to other clauses; sizes from earlier segments.
defmodule B do
  def parse(<<1, len, payload::binary-size(len), rest::binary>>), do: {:tlv1, payload, rest}
  def parse(<<2, x::16, y::16>>), do: {:point, x, y}
  def parse(<<2, _::binary>>), do: :bad_point
  def parse(<<"GET ", path::binary>>), do: {:get, path}
  def parse(<<c::utf8, _::binary>> = s) when c > 127, do: {:unicode, String.length(s)}
  def parse(<<>>), do: :empty
  def parse(bin) when is_binary(bin), do: {:raw, byte_size(bin)}
  def parse(<<_::bits>>), do: :bits
  def parse(other), do: {:not_binary, other}

  def twice(<<x, x>>), do: {:same, x}
  def twice(<<x, y>>), do: {:diff, x, y}
  def twice(_), do: :other
end

inputs = [<<1, 3, "abc", "rest">>, <<1, 9, "ab">>, <<2, 0, 1, 0, 2>>, <<2, 5>>, "GET /index",
          "héllo", "ünïcode", <<>>, "plain", <<1::1, 0::2>>, 42, [1, 2]]
for i <- inputs, do: IO.inspect(B.parse(i))
for i <- [<<5, 5>>, <<5, 6>>, <<5>>], do: IO.inspect(B.twice(i))
