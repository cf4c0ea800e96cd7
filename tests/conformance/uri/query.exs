IO.inspect URI.encode_query(%{"foo" => 1, "bar" => 2})
IO.inspect URI.encode_query(%{"key" => "value with spaces"})
IO.inspect URI.encode_query(%{"key" => "value with spaces"}, :rfc3986)
IO.inspect URI.encode_query([a: 1, b: "x&y", c: :atom, d: 1.5])
IO.inspect URI.encode_query([{"é", "ü"}])
IO.inspect URI.encode_query([])
try do
  URI.encode_query(%{"key" => [:a, :list]})
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  URI.encode_query([{[1], 2}])
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect URI.decode_query("foo=1&bar=2")
IO.inspect URI.decode_query("percent=oh+yes%21", %{"starting" => "map"})
IO.inspect URI.decode_query("percent=oh+yes%21", %{}, :rfc3986)
IO.inspect URI.decode_query("a&b=&=c&&d=1=2")
IO.inspect URI.decode_query("")
IO.inspect URI.decode_query("a=1&a=2")
IO.inspect URI.query_decoder("foo=1&bar=2") |> Enum.to_list()
IO.inspect URI.query_decoder("food=bread%26butter&drinks=tap%20water+please", :rfc3986) |> Enum.to_list()
IO.inspect URI.query_decoder("food=bread%26butter&drinks=tap%20water+please") |> Enum.map(&elem(&1, 1))
IO.inspect URI.query_decoder("x") |> Enum.take(1)
