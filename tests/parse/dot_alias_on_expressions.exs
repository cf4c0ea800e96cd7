"a".Bar
1.Bar
x.Bar
foo().Bar
{1}.Bar
[1].Bar
@a.Bar
x.Bar.Baz
