config = [
  name: "app",
  deps: [{:a, "~> 1.0"}, {:b, path: "../b"}],
  opts: %{debug: true, level: 3}
]
