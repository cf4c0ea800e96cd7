IO.inspect :unicode.characters_to_binary([?a, 0x110000, ?b])
IO.inspect :unicode.characters_to_binary([?a, [?c, -1], ?b])
IO.inspect :unicode.characters_to_binary(["ab", <<255, 1>>, ?b])
IO.inspect :unicode.characters_to_binary(<<?a, 255, 1>>)
IO.inspect :unicode.characters_to_binary(<<?a, 0xC3>>)
IO.inspect :unicode.characters_to_binary(["x", <<?a, 0xC3>>])
IO.inspect :unicode.characters_to_binary("é", :latin1)
IO.inspect :unicode.characters_to_binary("é", :unicode, :latin1)
IO.inspect :unicode.characters_to_binary("aĀb", :unicode, :latin1)
IO.inspect :unicode.characters_to_binary("é", :utf8, :utf16)
IO.inspect :unicode.characters_to_binary("é😀", :utf8, {:utf16, :little})
IO.inspect :unicode.characters_to_binary("é", :utf8, :utf32)
IO.inspect :unicode.characters_to_binary("é", :utf8, {:utf32, :little})
IO.inspect :unicode.characters_to_binary(<<0, 233>>, :utf16, :utf8)
IO.inspect :unicode.characters_to_binary(<<0xD8, 0x3D, 0xDE, 0x00>>, :utf16)
IO.inspect :unicode.characters_to_binary(<<0, 0, 0, 65>>, :utf32)
IO.inspect :unicode.characters_to_binary([233, "é"], :latin1)
IO.inspect :unicode.characters_to_list("héllo")
IO.inspect :unicode.characters_to_list(<<104, 255>>)
IO.inspect :unicode.characters_to_list("héllo", :latin1)
IO.inspect :unicode.characters_to_list(["a", [?b, "c"], ?d])
IO.inspect :unicode.characters_to_binary(["a", [?b, "c"] | "d"])
IO.inspect :unicode.characters_to_binary([])
IO.inspect :unicode.characters_to_binary("")
try do
  :unicode.characters_to_binary(:foo)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :unicode.characters_to_list({1})
rescue
  e -> IO.puts(Exception.message(e))
end
