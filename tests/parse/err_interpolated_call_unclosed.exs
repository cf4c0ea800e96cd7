# The lexer refuses an interpolated quoted call before an unclosed brace.
f{."#{a}"()
