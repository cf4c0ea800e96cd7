# A heredoc whose body starts with an interpolation still starts with a
# (then empty) string piece, whatever the kind of heredoc.
x = """
#{a} b
"""
y = """
    #{a}#{b}
    """
z = '''
#{a} c
'''
s = ~s"""
#{b}
"""
r = ~r"""
  #{c}
  """
u = ~S"""
#{a}
"""
v = """
  #{a}
"""
w = """
a #{b}
#{c}
"""
