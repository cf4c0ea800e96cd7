# Walking UTF-8 strings code point by code point.
defmodule U do
  def reverse(s), do: rev(s, "")
  defp rev(<<>>, acc), do: acc
  defp rev(<<c::utf8, rest::binary>>, acc), do: rev(rest, <<c::utf8, acc::binary>>)
  def length(s), do: len(s, 0)
  defp len(<<>>, n), do: n
  defp len(<<_::utf8, rest::binary>>, n), do: len(rest, n + 1)
  def valid?(<<>>), do: true
  def valid?(<<_::utf8, rest::binary>>), do: valid?(rest)
  def valid?(_), do: false
  def codepoints(s), do: for(<<c::utf8 <- s>>, do: <<c::utf8>>)
end
IO.puts(U.reverse("héllo wörld"))
IO.inspect(U.length("日本語テキスト"))
IO.inspect(U.valid?("ok ✓"))
IO.inspect(U.valid?(<<"ok", 0xFF>>))
IO.inspect(U.codepoints("añ€😀"))
