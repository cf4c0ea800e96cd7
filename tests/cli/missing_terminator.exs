IO.puts "a
