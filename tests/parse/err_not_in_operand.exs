# `not in` is named whole in syntax errors.
[not in]
