f = List.first(["sum"])
apply(Enum, f, [[1]])
