# A newline may not come before a comma.
f(a,
  b
  , c)
