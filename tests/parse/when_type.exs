def f(x) when is_integer(x) and x > 0, do: x
@spec f(integer) :: integer
x :: y :: z
a when b when c
