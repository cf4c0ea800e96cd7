foo("s", foo a, b)
