IO.puts "abc
