# A value cannot hold another `=>`.
%{a => b | c => d}
