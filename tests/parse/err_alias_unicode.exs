# Aliases are ASCII letters, digits and underscores only.
x = Olé.f()
