# iodata: nested lists of bytes and binaries turned into one binary.
parts = ["GET ", "/index.html", [" HTTP/1.1", ?\r, ?\n], [["Host: ", "example.com"], "\r\n"], "\r\n"]
bin = :erlang.iolist_to_binary(parts)
IO.inspect(bin)
IO.inspect(:erlang.iolist_size(parts) == byte_size(bin))
IO.inspect(:erlang.list_to_binary([[[[]]], "a", [[["b"]]]]))
IO.inspect(:erlang.iolist_to_binary([<<1, 2>> | <<3>>]))
IO.inspect(:erlang.list_to_binary(Enum.map([1, 2, 3, 4, 5], fn x -> x * 10 end)))
