# binary_to_term/1,2 raise ArgumentError on bad input; options.
bad = [<<1, 2>>, <<>>, <<131>>, <<131, 100, 0, 5, 97>>, <<131, 255>>, <<131, 104, 2, 97, 1>>,
       <<131, 108, 0, 0, 0, 2, 97, 1>>, <<131, 109, 0, 0, 0, 9, 1>>, <<131, 80, 0, 0, 0, 5, 1, 2, 3>>,
       <<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2>>, <<131, 77, 0, 0, 0, 1, 9, 1>>,
       <<131, 119, 2, 255, 255>>, <<131, 70, 127, 240, 0, 0, 0, 0, 0, 0>>]
for b <- bad do
  try do
    IO.inspect(:erlang.binary_to_term(b))
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
try do :erlang.binary_to_term(:a) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.binary_to_term(<<131, 100, 0, 3, 120, 121, 122>>, [:safe]) rescue e -> IO.puts(Exception.message(e)) end
IO.inspect(:erlang.binary_to_term(<<131, 100, 0, 1, 97>>, [:safe]))
IO.inspect(:erlang.binary_to_term(<<131, 97, 1, 0, 0>>, [:used]))
IO.inspect(:erlang.binary_to_term(<<131, 97, 1, 0>>))
try do :erlang.binary_to_term(<<131, 97, 1>>, [:bad]) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.binary_to_term(<<131, 97, 1>>, :bad) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.term_to_binary(1, [:bad]) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.term_to_binary(1, :bad) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.term_to_binary(1, compressed: 10) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.term_to_binary(1, minor_version: 3) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.external_size(1, [:compressed]) rescue e -> IO.puts(Exception.message(e)) end
