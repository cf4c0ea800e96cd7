# String.reverse/1 on binaries that are not valid UTF-8: the valid runs are
# reversed, the invalid bytes stay between them (as Elixir 1.14 does).
IO.inspect String.reverse("héllo wörld")
IO.inspect String.reverse("e\u0301a")
IO.inspect String.reverse("")
IO.inspect String.reverse(<<0, 192>>)
IO.inspect String.reverse(<<0x56, 0xE8, 0xC8>>)
IO.inspect String.reverse(<<0x7F, 0xFF, 0xFF, 0xFF, 0x8F>>)
IO.inspect String.reverse("ab" <> <<0xFF>> <> "cd")
IO.inspect String.reverse("héllo" <> <<0xC3>>)
IO.inspect String.reverse(<<0xFF>> <> "abc")
IO.inspect String.reverse("abc" <> <<0xE2, 0x82>> <> "xy")
IO.inspect [0x2000, 0x4000] |> Enum.map(&<<&1::16>>) |> Enum.map_join(<<>>, &String.reverse/1)
