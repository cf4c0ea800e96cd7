IO.inspect(for x <- :notlist, do: x)
