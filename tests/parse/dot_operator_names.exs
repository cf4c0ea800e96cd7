# After a dot only operators name calls: x.=>y is x.=(...) > y.
x.=>y
x.>>y
x.//y
x.<<y
x.<<<y
