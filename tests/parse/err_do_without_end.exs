if a do
  1
