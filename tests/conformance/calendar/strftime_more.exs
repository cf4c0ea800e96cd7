for {h, _} <- Enum.map(0..23, &{&1, nil}) do
  IO.write(Calendar.strftime(%{hour: h, minute: 0, second: 0, microsecond: {0, 0}}, "%I%p "))
end
IO.puts("")
dates = [~D[2024-01-01], ~D[2024-04-15], ~D[2024-07-04], ~D[2024-10-31], ~D[0001-01-01], ~D[-0001-01-01]]
for d <- dates, do: IO.puts(Calendar.strftime(d, "%Y|%y|%m|%B|%b|%d|%j|%q|%a|%A|%u"))
IO.puts(Calendar.strftime(~U[2024-01-01 00:00:00.000Z], "%f|%3f|%-f"))
IO.puts(Calendar.strftime(~T[01:02:03.1], "%f"))
IO.puts(Calendar.strftime(~N[2024-01-01 00:00:00], "100%% done"))
IO.puts(Calendar.strftime(~N[2024-01-01 00:00:00], "%10c|%-10x|%_12X"))
IO.puts(Calendar.strftime(~N[2024-01-01 00:00:00], ""))
IO.puts(Calendar.strftime(~N[2024-01-01 00:00:00], "plain text"))
IO.puts(Calendar.strftime(~N[2024-01-01 00:00:00], "ünïcode %Y ✓"))
try do
  Calendar.strftime(~N[2024-01-01 00:00:00], "%")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Calendar.strftime(~N[2024-01-01 00:00:00], "%ä")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
