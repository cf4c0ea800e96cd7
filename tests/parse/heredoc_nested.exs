# A heredoc inside another heredoc's interpolation: the outer one ends only
# at a delimiter line outside its interpolations.
x = """
a #{"""
in
"""}
"""
y = """
  a #{"""
    in #{'''
    deeper
    '''}
    """} b
   c
  """
z = """
#{
"""
x
"""
}
"""
