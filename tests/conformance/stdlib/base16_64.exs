for s <- ["", "f", "fo", "foo", "foob", "fooba", "foobar", <<0, 255, 128>>] do
  e = Base.encode64(s)
  IO.inspect({s, e, Base.decode64(e), Base.encode16(s), Base.encode16(s, case: :lower), Base.url_encode64(s, padding: false)})
end
IO.inspect Base.decode16("666F6F")
IO.inspect Base.decode16("666f6f")
IO.inspect Base.decode16("666f6f", case: :lower)
IO.inspect Base.decode16("ZZ")
IO.inspect Base.decode64("Zm9v YmFy", ignore: :whitespace)
IO.inspect Base.decode64("Zm9")
IO.inspect Base.decode64("Zm9", padding: false)
IO.inspect Base.decode64!("Zm9vYg==")
IO.inspect Base.url_decode64("_-8", padding: false)
