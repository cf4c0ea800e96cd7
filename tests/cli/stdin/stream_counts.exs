IO.inspect IO.stream(:stdio, 4) |> Enum.take(2)
IO.inspect IO.binstream(:stdio, 3) |> Enum.take(2)
IO.inspect IO.stream(:stdio, :line) |> Enum.map(&String.trim_trailing/1)
IO.inspect IO.binstream(:stdio, :line) |> Enum.to_list()
