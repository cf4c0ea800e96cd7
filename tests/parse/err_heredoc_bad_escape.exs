# A bad escape in a heredoc is reported at the heredoc.
x = 1
y = """
  a
  b \xZ
  """
