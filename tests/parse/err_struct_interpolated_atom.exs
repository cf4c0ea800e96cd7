# An interpolated atom cannot name a struct.
%:"a#{b}"{}
