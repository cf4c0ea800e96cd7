name = "Vial"
n = 3
IO.puts("Hello, #{name}!")
IO.puts("#{n} + #{n} = #{n + n}")
IO.puts("nested: #{"inner #{n * 2} done"}")
IO.puts("atom: #{:ok}, true: #{true}, nil: [#{nil}]")
IO.puts("#{name}#{name}")
IO.puts("no interpolation here")
IO.puts("escapes: tab\there, quote \" and backslash \\")
IO.puts("multiplied: #{n * 1000000}")
greeting = "Hi" <> " " <> name
IO.puts(greeting <> "!")
IO.puts("#{"a" <> "b"}c")
