# An escaped non-ASCII character literal, and quoted remote calls.
[?\ä, ?\€]
f.'a'()
f."a b"(1)
