# A stray `do` after a comma is a tokenizer error, before later ones.
x = [a,
  do %{
