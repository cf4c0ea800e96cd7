# System.convert_time_unit/3 and :erlang.convert_time_unit/3: floor
# division between any units, integers of any size, and their errors.
units = [:native, :second, :millisecond, :microsecond, :nanosecond, :seconds, :milli_seconds,
         :micro_seconds, :nano_seconds, 1, 3, 1000, 7]
for u <- units do
  IO.inspect {u, System.convert_time_unit(1, :second, u), :erlang.convert_time_unit(1, :second, u),
              System.convert_time_unit(10, u, :second), System.convert_time_unit(12_345, u, :millisecond)}
end
IO.inspect System.convert_time_unit(1, :second, :milliseconds)
IO.inspect System.convert_time_unit(5, :microseconds, :nanoseconds)
IO.inspect :erlang.convert_time_unit(10, :native, :perf_counter)
for {t, from, to} <- [{-1, :second, 3}, {-7, 1000, 1}, {7, 1000, 1}, {-1000, 1000, 1}, {-1001, 1000, 1},
                      {1999, :millisecond, :second}, {-1999, :millisecond, :second}, {5, 3, 7}, {-5, 3, 7},
                      {Integer.pow(2, 80), 1, 1000}, {-Integer.pow(2, 70), 1000, 1},
                      {1, Integer.pow(2, 70), 1}, {Integer.pow(2, 70), Integer.pow(2, 70), 5}] do
  IO.inspect {t, from, to, :erlang.convert_time_unit(t, from, to), System.convert_time_unit(t, from, to)}
end
try_it = fn f ->
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
try_it.(fn -> System.convert_time_unit(1, :second, :foo) end)
try_it.(fn -> System.convert_time_unit(1, "x", :second) end)
try_it.(fn -> System.convert_time_unit(1, :perf_counter, :second) end)
try_it.(fn -> System.convert_time_unit(1, 0, :second) end)
try_it.(fn -> System.convert_time_unit(1.5, :second, :millisecond) end)
try_it.(fn -> :erlang.convert_time_unit(1, :second, :foo) end)
try_it.(fn -> :erlang.convert_time_unit(:a, 1, 1000) end)
try_it.(fn -> :erlang.convert_time_unit(1, 0, 1000) end)
try_it.(fn -> :erlang.convert_time_unit(1, :milliseconds, 1000) end)
