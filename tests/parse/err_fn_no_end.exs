fn x -> x
