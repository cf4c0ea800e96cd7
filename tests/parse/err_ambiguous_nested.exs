f a,
  g b,
  c
