if a
do 1 end
foo(a)
do
end
foo a
do
end
a.b c
do 1 end
