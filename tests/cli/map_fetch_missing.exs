m = %{}
Map.fetch!(m, :a)
