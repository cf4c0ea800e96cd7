# Atoms: ATOM_EXT for Latin-1 text, SMALL_ATOM_UTF8_EXT otherwise (OTP 25).
for t <- [:a, nil, true, false, :"é", :"ÿ", :"日本", :"hello world", Foo.Bar, :"", :ok] do
  IO.inspect(:erlang.term_to_binary(t), limit: :infinity)
end
IO.inspect(:erlang.term_to_binary(:a, minor_version: 2), limit: :infinity)
IO.inspect(:erlang.term_to_binary(:"é", minor_version: 2), limit: :infinity)
IO.inspect(:erlang.term_to_binary(:"é", minor_version: 1), limit: :infinity)
long = String.to_atom(String.duplicate("ü", 200))
IO.inspect(binary_part(:erlang.term_to_binary(long), 0, 4))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(long)) == long)
