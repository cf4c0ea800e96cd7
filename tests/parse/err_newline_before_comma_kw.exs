# A newline may not come before a comma, even after keywords.
[a: 1
, b: 2]
