x = ~s(abc
