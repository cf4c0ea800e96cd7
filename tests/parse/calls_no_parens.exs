IO.puts "hello"
puts 1, 2
f g a, b
f a: 1, b: 2
x = f a
a b c d
