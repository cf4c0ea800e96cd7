# Atoms and keyword keys may start with a non-ASCII uppercase letter
# (identifiers and aliases may not).
x = :Ólá
y = :ÓlÁ?
[Ólá: 1, Ärger!: 2]
f(Élan: :Ünter)
