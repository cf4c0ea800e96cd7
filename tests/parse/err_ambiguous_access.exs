x[foo b, c]
