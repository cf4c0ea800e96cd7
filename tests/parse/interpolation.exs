name = "world"
"hello #{name}!"
"#{1 + 2} and #{"nested #{name}"}"
"empty #{} block #{a; b}"
"multi
line #{name}"
