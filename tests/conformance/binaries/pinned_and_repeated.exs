# Pinned variables and repeated variables inside bitstring patterns.
x = 7
<<^x, rest::binary>> = <<7, 8>>
IO.inspect(rest)
tag = "ab"
r = case "abcd" do
  <<^tag::binary-size(2), more::binary>> -> {:tagged, more}
  _ -> :no
end
IO.inspect(r)
check = fn bin ->
  case bin do
    <<a, a>> -> {:same, a}
    <<a, b>> -> {:diff, a, b}
  end
end
IO.inspect(check.(<<3, 3>>))
IO.inspect(check.(<<3, 4>>))
n = 2
<<v::size(n)-unit(8)>> = <<1, 1>>
IO.inspect(v)
