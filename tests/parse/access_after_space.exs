# Bracket access after a space, except after a name; the nullary range.
:stop [vhost]
f(x) [1]
(a) [1]
"a" [1]
A [1]
a.b() [1]
{1} [0]
%{a: 1} [:a]
x [1]
@a [1]
a.b [1]
..-1
..[1]
f(..)
