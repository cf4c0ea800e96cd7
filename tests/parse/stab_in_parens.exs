case x, do: (1 -> 2; _ -> 3)
