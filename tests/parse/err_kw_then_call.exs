# Keywords then a no-parens call: Elixir reports the keywords at the comma.
f(a: 1, b c, d)
