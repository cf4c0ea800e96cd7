[a: 1, b: 2]
[1, 2, c: 3]
["quoted key": 1, "other": 2]
[do: 1, else: 2, when: 3, and: 4]
f(1, key: :value, other: [nested: true])
f key: 1
