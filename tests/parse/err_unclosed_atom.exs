:"abc
