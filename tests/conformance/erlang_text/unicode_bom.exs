for b <- [<<0xEF, 0xBB, 0xBF, 1>>, <<0xFE, 0xFF>>, <<0xFF, 0xFE>>, <<0, 0, 0xFE, 0xFF>>, <<0xFF, 0xFE, 0, 0>>, "abc", <<>>] do
  IO.inspect :unicode.bom_to_encoding(b)
end
for e <- [:utf8, :unicode, :utf16, {:utf16, :little}, {:utf16, :big}, :utf32, {:utf32, :little}, :latin1] do
  IO.inspect (try do :unicode.encoding_to_bom(e) rescue x -> x end)
end
