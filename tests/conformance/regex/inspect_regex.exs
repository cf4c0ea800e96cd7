IO.inspect ~r/foo/
IO.inspect ~r/foo/i
IO.inspect ~r/a\/b/
IO.inspect ~r{a/b}
IO.inspect ~r/a\nb/
IO.inspect ~r/\d+\s*/ums
IO.inspect Regex.compile!("a/b\n\t")
IO.inspect Regex.compile!("x", [:caseless, :unicode])
IO.inspect [~r/a/, ~r/b/x]
IO.inspect %{re: ~r/x#{1 + 1}y/}
IO.puts inspect(~r/#\{x}/)
IO.inspect Regex.compile!("é\\\\")
IO.inspect ~r"quote\"d"
IO.inspect ~r/a\\b/
