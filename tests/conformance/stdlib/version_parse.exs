# Version: parsing, printing and comparing versions.
IO.inspect Version.parse("1.2.3")
IO.inspect Version.parse("1.2.3-alpha.1+build.5")
IO.inspect Version.parse("0.0.1-rc1")
IO.inspect Version.parse!("2.0.0-0.3.7")
IO.inspect Version.parse!("1.0.0+20130313144700")
for bad <- ["1.2", "1", "01.2.3", "1.02.3", "1.2.3-01", "1.2.3-", "1.2.3+", "1.2.3.4", "a.b.c", "", "1.2.3-a..b", "1.2.3-a_b", " 1.2.3"] do
  IO.inspect {bad, Version.parse(bad)}
end
try do
  Version.parse!("1.2")
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
v = Version.parse!("1.14.0-rc.0+build0")
IO.puts Version.to_string(v)
IO.puts "#{v}"
IO.inspect {v.major, v.minor, v.patch, v.pre, v.build}
IO.inspect %Version{major: 1, minor: 2, patch: 3}
IO.inspect Version.parse!("1.2.3-beta"), structs: false
IO.inspect Version.compare("2.0.1-alpha1", "2.0.0")
IO.inspect Version.compare("1.0.0-beta", "1.0.0-rc1")
IO.inspect Version.compare("1.0.0-10", "1.0.0-2")
IO.inspect Version.compare("1.0.0-alpha", "1.0.0-1")
IO.inspect Version.compare("2.0.1+build0", "2.0.1")
IO.inspect Version.compare("1.0.0", "1.0.0-rc.1")
IO.inspect Version.compare(Version.parse!("1.10.0"), "1.9.9")
IO.inspect Enum.sort(["1.0.0", "1.0.0-rc.1", "0.9.0", "1.0.0-beta.2", "1.0.0-beta.11"], &(Version.compare(&1, &2) != :gt))
try do
  Version.compare("invalid", "2.0.1")
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect Enum.sort([Version.parse!("1.2.0"), Version.parse!("1.10.0"), Version.parse!("1.2.0-rc")], Version)
