IO.stream(:stdio, :line) |> Enum.each(&IO.write(String.upcase(&1)))
IO.inspect IO.read(:stdio, :line)
