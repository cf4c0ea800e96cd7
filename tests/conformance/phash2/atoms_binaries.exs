# :erlang.phash2/1 of atoms (BEAM hashes their text), binaries of every
# length class, and bitstrings.
atoms = [:a, :b, :ok, :error, nil, true, false, :hello_world, :"with space", :Elixir,
         Enum, String.Chars, :"élan", :"ünïcödé", :"日本", :a_very_long_atom_name_that_goes_on_and_on]
for a <- atoms, do: IO.puts("#{inspect(a)} #{:erlang.phash2(a)}")
bins = ["", "a", "ab", "abc", "abcd", "hello", "hello world", "twelve bytes", "thirteen byte",
        "the quick brown fox jumps over the lazy dog", :binary.copy("x", 100),
        :binary.copy("0123456789", 30), <<0>>, <<255, 254, 253>>, "ünïcödé"]
for b <- bins, do: IO.puts("#{byte_size(b)} #{:erlang.phash2(b)}")
bits = [<<1::1>>, <<0::1>>, <<5::3>>, <<1, 2, 3::4>>, <<255, 255, 1::7>>, <<"abcdefghijklm", 3::2>>]
for b <- bits, do: IO.puts("#{bit_size(b)} #{:erlang.phash2(b)}")
# Sub-binaries hash like the binaries they equal, whatever their offset.
<<_::binary-size(3), tail::binary>> = "abcdefghij"
IO.inspect :erlang.phash2(tail) == :erlang.phash2("defghij")
<<_::3, odd::bitstring>> = "abcdefgh"
IO.inspect {bit_size(odd), :erlang.phash2(odd)}
<<_::5, whole::binary-size(2), _::bitstring>> = "abcdefgh"
IO.inspect {whole, :erlang.phash2(whole) == :erlang.phash2(<<whole::binary>>)}
