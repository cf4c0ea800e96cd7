x = """
  first
    indented
  last #{x}
  """
y = '''
charlist heredoc
'''
z = """
"""
