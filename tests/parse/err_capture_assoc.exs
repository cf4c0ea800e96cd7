# `=>` does not name a function.
&f =>/1
