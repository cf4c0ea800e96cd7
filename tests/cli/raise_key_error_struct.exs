raise KeyError, key: :a, term: %{b: 1}
