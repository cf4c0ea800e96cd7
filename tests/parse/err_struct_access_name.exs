# Bracket access cannot name a struct.
%a[1]{}
