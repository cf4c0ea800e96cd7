# Keyword keys named after special forms and punctuation.
[%{}: :%]
[%: 1, {}: 2, <<>>: 3]
[.: 1, ...: 2, &: 3, ..//: 4, ..: 5]
f %{}: 1, {}: :{}
