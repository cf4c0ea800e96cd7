n = ~N[2024-01-31 10:20:30.123456]
IO.inspect(NaiveDateTime.truncate(n, :millisecond))
IO.inspect(NaiveDateTime.truncate(n, :second))
IO.inspect(NaiveDateTime.truncate(~U[2024-01-31 10:20:30.123456Z], :millisecond))
IO.inspect(NaiveDateTime.to_erl(n))
IO.inspect(NaiveDateTime.from_erl({{2024, 1, 31}, {10, 20, 30}}))
IO.inspect(NaiveDateTime.from_erl({{2024, 1, 31}, {10, 20, 30}}, {5, 6}))
IO.inspect(NaiveDateTime.from_erl({{2024, 1, 32}, {10, 20, 30}}))
IO.inspect(NaiveDateTime.from_erl!({{2024, 1, 31}, {10, 20, 30}}, 99))
try do
  NaiveDateTime.from_erl!({{2024, 1, 31}, {10, 60, 30}})
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(NaiveDateTime.to_gregorian_seconds(n))
IO.inspect(NaiveDateTime.from_gregorian_seconds(63_873_426_030))
IO.inspect(NaiveDateTime.from_gregorian_seconds(1, {5, 3}))
IO.inspect(NaiveDateTime.from_gregorian_seconds(-1))
IO.inspect(NaiveDateTime.convert(n, Calendar.ISO))
IO.inspect(NaiveDateTime.to_iso8601(n))
IO.inspect(NaiveDateTime.to_iso8601(n, :basic))
IO.inspect(NaiveDateTime.to_iso8601(~U[2024-01-31 10:20:30Z]))
IO.inspect(NaiveDateTime.to_string(~N[2024-01-31 10:20:30]))
