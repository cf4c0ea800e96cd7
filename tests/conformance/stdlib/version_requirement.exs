# Version requirements: parsing, matching and the errors.
for r <- ["== 2.0.1", "~> 2.0", "~> 2.0.1", ">= 1.0.0 and < 2.0.0", "1.0.0", "> 1.0.0 or < 0.5.0", "== == 1.0.0", "~> 1", ">= 1.0", "", ">= 1.0.0 and", "<= 1.0.0-rc.1"] do
  IO.inspect {r, Version.parse_requirement(r)}
end
req = Version.parse_requirement!("~> 1.4")
IO.inspect req
IO.puts to_string(req)
IO.inspect req, structs: false
IO.inspect Version.compile_requirement(req) == req
try do
  Version.parse_requirement!("== == 1.0.0")
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
checks = [
  {"2.0.0", "~> 2.0.0"}, {"2.1.0", "~> 2.0.0"}, {"2.1.0", "~> 2.0"}, {"3.0.0", "~> 2.0"},
  {"3.0.0-rc.0", "~> 2.0"}, {"2.1.0-dev", "~> 2.0"}, {"2.1.0-dev", ">= 2.0.0"},
  {"1.0.0", "== 1.0.0"}, {"1.0.0", "1.0.0"}, {"1.0.1", "> 1.0.0 and < 1.1.0"},
  {"0.1.0", "> 1.0.0 or < 0.5.0"}, {"0.7.0", "> 1.0.0 or < 0.5.0"}, {"1.0.0-rc.1", "<= 1.0.0"},
  {"1.0.0+build", "== 1.0.0"}, {"2.0.0-beta", "~> 2.0-beta"}, {"2.0.0", "~> 2.0.0-rc"}
]
for {v, r} <- checks, do: IO.inspect({v, r, Version.match?(v, r)})
IO.inspect Version.match?("2.1.0-dev", "~> 2.0", allow_pre: false)
IO.inspect Version.match?("2.1.0-dev", "~> 2.1-dev", allow_pre: false)
IO.inspect Version.match?(Version.parse!("1.5.0"), Version.parse_requirement!(">= 1.2.0"))
try do
  Version.match?("2.0", "~> 1.0")
rescue
  e -> IO.inspect(e)
end
try do
  Version.match?("2.0.0", "~>")
rescue
  e -> IO.inspect(e)
end
