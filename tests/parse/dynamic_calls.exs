f.(x)
f.()
f.(x)(y)
a.(1).b
