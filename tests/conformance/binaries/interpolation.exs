# Strings built by interpolation and <> from parts of other binaries.
name = "world"
greeting = "hello #{name}!"
IO.puts(greeting)
<<h::binary-size(5), _::binary>> = greeting
IO.puts("#{h} again, #{"X"}" <> "")
long = "#{greeting} #{greeting} #{greeting} #{greeting} #{greeting} #{greeting}"
IO.puts(byte_size(long))
<<_::binary-size(13), second::binary-size(12), _::binary>> = long
IO.puts(second)
IO.puts("n=#{42} f=#{1.5} a=#{:atom} l=#{'chars'}")
IO.puts("a" <> "b" <> "c" <> second)
bits = <<1::3>>
IO.inspect(<<"x", bits::bits>>)
