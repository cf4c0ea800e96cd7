# A non-ASCII uppercase letter cannot start an identifier.
x = Ólá
