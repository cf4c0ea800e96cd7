m = List.first(["Enum"])
apply(m, :sum, [[1]])
