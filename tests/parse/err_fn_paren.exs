fn x -> x)
