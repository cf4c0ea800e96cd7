x = 5
IO.inspect ~w(a#{x}b c\n d)a
IO.inspect ~W(a#{x} b\n)
IO.inspect ~c(ab\n#{x})
IO.inspect ~s(a\tb #{x})
IO.inspect ~S(a\tb #{x})
IO.inspect ~w(x y)c
IO.inspect ~w(one two three)
IO.inspect ~w[with brackets]a
IO.inspect ~s"quoted \"inner\" text"
IO.inspect ~c"charlist"
IO.inspect ~s(héllo \u00e9 \x41 \u{1F600})
IO.inspect ~w(#{x}   #{x + 1}
  seven)
IO.inspect ~s|pipes (parens) inside|
IO.inspect ~s"""
heredoc sigil
  indented #{x}
"""
IO.inspect [1, 2, 3, 2, 1] -- [2, 1]
IO.inspect [1, 2] -- []
IO.inspect [:a, 1.0, 1] -- [1]
