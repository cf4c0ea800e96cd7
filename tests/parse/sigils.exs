~r/foo\/bar/i
~s(a (string) #{x})
~S(no #{interp} \n here)
~w[one two three]a
~c{chars}
~r<angle>
~r|pipe|
~s"dq"
~s'sq'
~D[2024-01-01]
~s"""
  heredoc sigil
  """
