IO.inspect({String.slice("abc", -5, 2), String.slice("abc", 5, 2), String.slice("héllo", 1, 3), String.slice("e\u0301x", 0, 1), String.slice("abc", 1, 0), String.slice("abc", -1, 5), String.slice("", 0, 1)})
IO.inspect({String.length("héllo"), String.length("e\u0301x"), String.length("👨‍👩‍👧"), String.graphemes("ae\u0301👍🏽")})
