x <> "a" = "ba"
IO.inspect(x)
