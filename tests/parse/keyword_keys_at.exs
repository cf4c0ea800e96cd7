# `@` may appear in atoms and keyword keys after the first character.
f(a@b: 1)
x = [ól@: 0, a@b?: 1]
[Ab@c: 1, A@b: 2, node@host: :a@b]
{:ok, n@h: 1}
# Keys that would be invalid aliases are fine.
[Aé: 1, B?: 2, C!: 3]
