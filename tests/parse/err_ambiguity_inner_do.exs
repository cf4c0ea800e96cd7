[foo a, b, fn -> if x do 1 end end]
