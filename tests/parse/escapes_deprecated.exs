# The deprecated \x{H*} escape is a code point; a backslash before CRLF joins lines.
x = "a\x{41}\x{e9}\x{1F600}b"
y = '\x{41}'
z = "a\
b"
w = """
  a\
  b
  """
