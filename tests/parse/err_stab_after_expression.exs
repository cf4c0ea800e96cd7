# A `->` after a plain expression in a body.
if x do
  a
  b -> c
end
