IO.inspect :crypto.hash(:sha256, "abc") |> Base.encode16(case: :lower)
IO.inspect :crypto.hash(:md5, ["a", ?b, "c"]) |> Base.encode16()
IO.inspect byte_size(:crypto.strong_rand_bytes(16))
IO.inspect :crypto.mac(:hmac, :sha256, "key", "data") |> Base.encode16()
try do :crypto.hash(:foo, "x") rescue e -> IO.inspect(e) end
try do :crypto.hash(:sha, 1) rescue e -> IO.inspect(e) end
IO.inspect :crypto.exor("abc", "xyz")
IO.inspect :crypto.hash_equals("a", "a")
IO.inspect :crypto.pbkdf2_hmac(:sha256, "pw", "salt", 10, 16) |> Base.encode16()
try do :crypto.mac(:hmac, :foo, "k", "d") rescue e -> IO.inspect(e) end
try do :crypto.strong_rand_bytes(-1) rescue e -> IO.inspect(e) end
IO.inspect :crypto.hash(:sha3_256, "") |> Base.encode16()
IO.inspect :crypto.hash(:blake2b, "") |> byte_size
IO.inspect :crypto.supports(:hashs)
IO.inspect :crypto.hash(:sha, "abc") |> Base.encode16()
IO.inspect :crypto.hash(:sha224, "abc") |> Base.encode16()
IO.inspect :crypto.hash(:sha384, "abc") |> Base.encode16()
IO.inspect :crypto.hash(:sha512, "abc") |> Base.encode16()
IO.inspect :crypto.hash(:ripemd160, "abc") |> Base.encode16()
IO.inspect :crypto.hash(:blake2s, "abc") |> Base.encode16()
IO.inspect :crypto.hash(:md4, "abc") |> Base.encode16()
try do :crypto.hash_equals("a", "ab") rescue e -> IO.inspect(e) end
try do :crypto.exor("a", "ab") rescue e -> IO.inspect(e) end
IO.inspect :crypto.exor(["a", ?b], "xy")
IO.inspect :crypto.mac(:hmac, :md5, ["k", "ey"], ["da", "ta"]) |> Base.encode16()
try do :crypto.mac(:foo, :md5, "k", "d") rescue e -> IO.inspect(e) end
try do :crypto.mac(:hmac, :md5, 1, "d") rescue e -> IO.inspect(e) end
try do :crypto.mac(:hmac, :md5, "k", 1) rescue e -> IO.inspect(e) end
try do :crypto.strong_rand_bytes(:a) rescue e -> IO.inspect(e) end
IO.inspect :crypto.strong_rand_bytes(0)
try do :crypto.pbkdf2_hmac(:foo, "pw", "salt", 10, 16) rescue e -> IO.inspect(e) end
try do :crypto.pbkdf2_hmac(:sha, "pw", "salt", 0, 16) rescue e -> IO.inspect(e) end
try do :crypto.pbkdf2_hmac(:sha, ["p", "w"], "salt", 1, 20) rescue e -> IO.inspect(e) end
IO.inspect :crypto.hash(:sha256, String.duplicate("x", 100_000)) |> Base.encode64()
IO.inspect :crypto.mod_pow(3, 100, 7)
IO.inspect :crypto.mod_pow(<<3>>, 100, 7)
IO.inspect :crypto.mod_pow(3, 100, 1)
IO.inspect :crypto.mod_pow(3, 0, 7)
