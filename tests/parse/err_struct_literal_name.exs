# A literal cannot name a struct.
%1{}
