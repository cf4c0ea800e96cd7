try do
  URI.parse(:atom)
rescue
  e -> IO.puts(inspect(e.__struct__))
end
try do
  URI.encode(123)
rescue
  e -> IO.puts(inspect(e.__struct__))
end
IO.inspect %URI.Error{action: :parse, reason: :invalid_uri, part: "x"} |> Exception.message()
e = URI.Error.exception(action: :parse, reason: :malformed, part: ":")
IO.puts Exception.message(e)
IO.inspect Exception.exception?(e)
try do
  URI.default_port("x", -1)
rescue
  e -> IO.puts(inspect(e.__struct__))
end
