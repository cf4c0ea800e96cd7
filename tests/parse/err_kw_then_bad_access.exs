# An error inside the expression after keywords comes first.
config = [
  name: "app",
  deps[{:a, "1"}, {b, 1}]
]
