# A small binary protocol: encode records, then parse them back.
defmodule Wire do
  def encode({:int, v}), do: <<1, 8, v::signed-64>>
  def encode({:str, s}), do: <<2, byte_size(s), s::binary>>
  def encode({:flt, f}), do: <<3, 8, f::float>>
  def encode({:bool, b}), do: <<4, 1, if(b, do: 1, else: 0)>>

  def decode(<<>>), do: []
  def decode(<<1, 8, v::signed-64, rest::binary>>), do: [{:int, v} | decode(rest)]
  def decode(<<2, n, s::binary-size(n), rest::binary>>), do: [{:str, s} | decode(rest)]
  def decode(<<3, 8, f::float, rest::binary>>), do: [{:flt, f} | decode(rest)]
  def decode(<<4, 1, b, rest::binary>>), do: [{:bool, b == 1} | decode(rest)]
  def decode(<<t, _::binary>>), do: {:error, {:unknown_tag, t}}
end
records = [{:int, -42}, {:str, "hello"}, {:flt, 2.5}, {:bool, true}, {:int, 1099511627776}, {:str, ""}]
bin = :erlang.iolist_to_binary(Enum.map(records, &Wire.encode/1))
IO.inspect(byte_size(bin))
IO.inspect(Wire.decode(bin))
IO.inspect(Wire.decode(bin) == records)
IO.inspect(Wire.decode(<<9, 0>>))
