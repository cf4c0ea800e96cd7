IO.inspect "foo" =~ ~r/o+/
IO.inspect "foo" =~ ~r/x/
IO.inspect "foo" =~ "oo"
IO.inspect "foo" =~ ""
IO.inspect String.match?("abc", ~r/b/)
IO.inspect String.match?("abc", ~r/^b/)
IO.inspect Regex.match?(~r/foo/, "foo")
IO.inspect Regex.match?(~r/foo/, "bar")
IO.inspect String.split("a1b22c", ~r/\d+/)
IO.inspect String.split("a1b22c", ~r/\d/, trim: true)
IO.inspect String.split("a1b22c", ~r/\d/, parts: 2)
IO.inspect String.replace("a1b22c", ~r/\d+/, "#")
IO.inspect String.replace("a1b22c", ~r/\d+/, "#", global: false)
IO.inspect String.replace("a1b22c", ~r/(\d+)/, "<\\1>")
IO.inspect String.replace("a1b22c", ~r/\d+/, fn d -> "[" <> d <> "]" end)
case "2024-01-02" do
  s -> if s =~ ~r/^\d{4}-\d{2}-\d{2}$/, do: IO.puts("date"), else: IO.puts("no")
end
