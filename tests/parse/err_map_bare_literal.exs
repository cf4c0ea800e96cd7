# Without `=>`, a map item is a name or a call.
%{a, 1}
