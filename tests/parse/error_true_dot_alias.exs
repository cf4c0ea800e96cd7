x = 1
true.Bar
