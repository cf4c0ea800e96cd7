[foo a, [g h] do end]
[foo a, b, fn -> if x do 1 end end do end]
