# The :unicode functions written in Elixir as OTP 25's unicode.erl (the
# conversions and normalisations are native: runtime/builtins/unicode.cpp).
defmodule :unicode do
  def bom_to_encoding(<<0xEF, 0xBB, 0xBF, _::binary>>), do: {:utf8, 3}
  def bom_to_encoding(<<0, 0, 0xFE, 0xFF, _::binary>>), do: {{:utf32, :big}, 4}
  def bom_to_encoding(<<0xFF, 0xFE, 0, 0, _::binary>>), do: {{:utf32, :little}, 4}
  def bom_to_encoding(<<0xFE, 0xFF, _::binary>>), do: {{:utf16, :big}, 2}
  def bom_to_encoding(<<0xFF, 0xFE, _::binary>>), do: {{:utf16, :little}, 2}
  def bom_to_encoding(bin) when is_binary(bin), do: {:latin1, 0}

  def encoding_to_bom(:unicode), do: <<0xEF, 0xBB, 0xBF>>
  def encoding_to_bom(:utf8), do: <<0xEF, 0xBB, 0xBF>>
  def encoding_to_bom(:utf16), do: <<0xFE, 0xFF>>
  def encoding_to_bom({:utf16, :big}), do: <<0xFE, 0xFF>>
  def encoding_to_bom({:utf16, :little}), do: <<0xFF, 0xFE>>
  def encoding_to_bom(:utf32), do: <<0, 0, 0xFE, 0xFF>>
  def encoding_to_bom({:utf32, :big}), do: <<0, 0, 0xFE, 0xFF>>
  def encoding_to_bom({:utf32, :little}), do: <<0xFF, 0xFE, 0, 0>>
  def encoding_to_bom(:latin1), do: <<>>
end
