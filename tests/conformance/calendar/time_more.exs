IO.inspect(Time.add(~T[00:00:00], -1))
IO.inspect(Time.add(~T[00:00:00.000000], -1, :microsecond))
IO.inspect(Time.add(~T[12:00:00], 86_400 * 3 + 5))
IO.inspect(Time.add(~T[12:00:00], 1, 10))
IO.inspect(Time.diff(~T[00:00:00], ~T[23:59:59]))
IO.inspect(Time.diff(~T[00:00:00.000001], ~T[00:00:00], :microsecond))
IO.inspect(Time.to_erl(~T[23:59:59.999999]))
IO.inspect(Time.new(0, 0, 0, {0, 0}))
IO.inspect(Time.new(-1, 0, 0))
IO.inspect(Time.compare(~T[00:00:00.000001], ~T[00:00:00]))
IO.inspect(Time.truncate(~T[00:00:00.999999], :millisecond))
IO.inspect(Time.to_string(~T[00:00:00.000000]))
IO.inspect(Time.from_iso8601("12:00:00.000000001"))
IO.inspect(Time.utc_now(Calendar.ISO).calendar)
try do
  Time.new(1, 2, 3, :bad)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
try do
  Time.add(~T[10:00:00], 1.5)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
try do
  Time.add(~T[10:00:00], 1, :fortnight)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
