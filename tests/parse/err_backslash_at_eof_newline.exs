# A backslash before the last newline of the file.
x = "a"\
