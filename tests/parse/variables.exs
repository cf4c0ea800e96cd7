x
_ignored
_
__MODULE__
__ENV__
x?
a1_b2
...
