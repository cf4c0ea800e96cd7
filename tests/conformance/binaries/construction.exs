# Binary construction with binary, integer and utf8 segments; results longer
# than a small-string buffer, and a failing segment at the end.
prefix = "a string comfortably longer than sixteen bytes"
long = <<prefix::binary, 200, 300::16, 8364::utf8>>
IO.puts(byte_size(long))
IO.inspect(<<200, 300::16, 8364::utf8>>)
IO.inspect(<<1, 2, 3>>)
IO.inspect(<<-1::32>>)
IO.inspect(<<0x1234::16, 0xABCDEF::24>>)
IO.puts(<<"é"::binary, 8364::utf8, 128512::utf8>>)
IO.puts(byte_size(<<prefix::binary, prefix::binary>>))
name = "Vial"
IO.puts(<<"hello ", name::binary, "!">>)
bad = 0xD800
IO.inspect(<<prefix::binary, bad::utf8>>)
