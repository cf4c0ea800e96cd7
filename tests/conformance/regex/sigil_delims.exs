IO.inspect Regex.run(~r(a(b)c), "abc")
IO.inspect Regex.run(~r[a[bc]], "ac")
IO.inspect Regex.run(~r{a{2}}, "aaa")
IO.inspect Regex.run(~r<a>, "a")
IO.inspect Regex.run(~r|a\|b|, "b")
IO.inspect Regex.run(~r"a\"b", "a\"b")
IO.inspect Regex.run(~r'a\'b', "a'b")
IO.inspect Regex.run(~R/a#{1}/, "a#{1}")
x = "b+"
IO.inspect Regex.run(~r/a#{x}/, "abbb")
IO.inspect Regex.run(~r/\t\n/, "\t\n")
IO.inspect Regex.run(~r/\x41/, "A")
IO.inspect Regex.source(~r/\n\t\\/)
IO.inspect Regex.source(~R/\n\t\\/)
IO.inspect Regex.source(~r/a\/b/)
IO.inspect Regex.source(~r"""
a
b
""")
