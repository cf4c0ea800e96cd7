try do
  IO.puts("#{%{a: 1}}")
rescue
  Protocol.UndefinedError -> IO.puts("Protocol.UndefinedError")
end
IO.puts("after")
IO.puts(inspect(%{a: "string"}))
