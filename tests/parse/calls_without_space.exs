# An identifier directly followed by something that cannot continue its
# expression is a no-parens call all the same.
x.+y
x.+1
x.==y, z
x.^y
x.foo"a"
x.foo!y
foo'a'
foo?a
foo!x
foo%{}
foo{1}
foo<<1>>
foo~s(a)
foo^x
foo&x
foo...
foo?true
f-1
a!=b
