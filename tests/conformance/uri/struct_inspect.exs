uri = URI.parse("https://elixir-lang.org/docs")
IO.inspect uri
IO.inspect %URI{}
IO.inspect %URI{host: "h"}, pretty: false
IO.puts inspect(uri)
IO.inspect Map.keys(uri) |> Enum.sort()
IO.inspect URI.new!("https://elixir-lang.org/docs")
IO.inspect uri.authority
IO.inspect %{uri | authority: nil}
%URI{host: host, port: port} = uri
IO.inspect {host, port}
IO.inspect URI.default_port("http")
IO.inspect URI.default_port("https")
IO.inspect URI.default_port("ssh")
IO.inspect URI.default_port("myscheme", 9999)
IO.inspect URI.default_port("myscheme")
IO.inspect URI.parse("myscheme://h").port
IO.inspect URI.new!("myscheme://h").port
IO.puts URI.to_string(URI.parse("myscheme://h:9999/x"))
IO.inspect URI.default_port("http")
