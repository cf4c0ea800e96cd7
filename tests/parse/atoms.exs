[:foo, :foo?, :bar!, :Foo, :"foo bar", :"Elixir.Foo", :+, :-, :"::", :<<>>, :%{}, :{}, :%, :.., :..., :..//, :nil, :true, :false, :@, :&, :\\, :when, :and, :a@b, :_x]
