# Equality and order do not depend on how a binary is stored (heap, off-heap, part of another).
long = "a binary that is long enough to live off the process heap, more than 64 bytes"
<<_::binary-size(2), part::binary-size(6), _::binary>> = long
IO.inspect(part == "binary")
IO.inspect(part === "binary")
copy = <<long::binary>>
IO.inspect(copy == long)
<<prefix::binary-size(70), _::binary>> = long
IO.inspect(prefix < long)
IO.inspect(long > prefix)
IO.inspect(<<1::1>> > <<0, 0>>)
IO.inspect(<<1, 2>> < <<1, 2, 0::1>>)
IO.inspect(<<5::3>> == <<5::3>>)
IO.inspect(<<5::3>> == <<5::4>>)
IO.inspect(<<"a">> < <<"b">>)
IO.inspect(<<>> < <<0::1>>)
<<_::3, bits::bits>> = <<0b10110110, 0b11000000>>
<<expected::13>> = <<0b10110110110::13>>
IO.inspect(bits == <<expected::13>>)
m = %{part => :found}
IO.inspect(Map.get(m, "binary"))
IO.inspect(Map.get(%{"binary" => 1}, part))
IO.inspect({"" < <<1>>, <<1>> < <<1, 2>>, <<1, 2>> < <<2>>, <<2>> < <<1::1>>})
