# `=>` is not a keyword key.
[=>: 1]
