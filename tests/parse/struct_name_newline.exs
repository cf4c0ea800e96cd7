# A newline may separate a struct name from its braces; the map has the brace line.
x = %module
{}
y = %Foo.Bar

{a: 1}
