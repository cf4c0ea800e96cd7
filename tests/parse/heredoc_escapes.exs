# `\"""` is the delimiter's text in every kind of heredoc, ~S included;
# other escapes are interpreted after the indentation is removed.
~S"""
\"""
  \" \n
"""
~s"""
  \"""
  \t
  """
'''
\'''
'''
"""
  a\
  b \#{c} \\#{d}
  \u00e9
  """
~S"""
  a\
  b
  """
