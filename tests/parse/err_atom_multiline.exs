x = :"a
b
