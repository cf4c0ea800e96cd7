# Keywords right after an identifier ending in ? or !.
f?a: 1
x.foo!a: 1
