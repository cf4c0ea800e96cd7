[
  foo a,
  b]
