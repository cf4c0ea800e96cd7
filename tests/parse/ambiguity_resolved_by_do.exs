[g b, c do end]
[f g a, b do end]
f(a, g b, c do end)
%{a: bar "s", 1, b: ^case bar? do 1 -> baz!; _ -> :a end}
&if foo do _x else foo end <<< @baz! :: &[a: b] ~> a
