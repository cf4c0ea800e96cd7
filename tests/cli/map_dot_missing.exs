m = %{b: 1}
IO.puts(m.a)
