# Monotonic, system and OS time: integers in the right units that move
# forward; the time offset is their difference.
m1 = System.monotonic_time()
m2 = :erlang.monotonic_time()
IO.inspect {is_integer(m1), m2 >= m1}
# BEAM's monotonic clock starts near -2^59 nanoseconds.
IO.inspect m1 < 0
ms = System.monotonic_time(:millisecond)
IO.inspect abs(ms - System.convert_time_unit(System.monotonic_time(), :native, :millisecond)) < 1000
s = System.system_time(:second)
IO.inspect s > 1_600_000_000
IO.inspect abs(:os.system_time(:second) - s) < 5
IO.inspect abs(System.os_time(:second) - s) < 5
IO.inspect abs(:erlang.system_time(:second) - s) < 5
IO.inspect abs(div(System.system_time(), 1_000_000_000) - s) < 5
IO.inspect abs(div(System.os_time(), 1_000_000_000) - s) < 5
IO.inspect abs(div(:os.system_time(), 1_000_000_000) - s) < 5
IO.inspect abs(div(:erlang.system_time(), 1_000_000_000) - s) < 5
IO.inspect abs(System.system_time(:millisecond) - s * 1000) < 5000
IO.inspect abs(System.system_time(:microsecond) - s * 1_000_000) < 5_000_000
IO.inspect abs(System.system_time(1000) - s * 1000) < 5000
# system time = monotonic time + offset.
off = System.time_offset()
IO.inspect abs(System.monotonic_time() + off - System.system_time()) < 1_000_000_000
IO.inspect abs(:erlang.time_offset(:second) - System.time_offset(:second)) <= 1
# Monotonic time never goes back.
defmodule Spin do
  def check(0, _), do: true
  def check(n, last) do
    now = System.monotonic_time()
    if now >= last, do: check(n - 1, now), else: false
  end
end
IO.inspect Spin.check(10_000, System.monotonic_time())
t0 = System.monotonic_time(:microsecond)
Enum.reduce(1..100_000, 0, &(&1 + &2))
IO.inspect System.monotonic_time(:microsecond) - t0 >= 0
for f <- [fn -> System.monotonic_time(:foo) end, fn -> System.system_time(:foo) end,
          fn -> System.os_time("x") end, fn -> System.monotonic_time(0) end,
          fn -> System.monotonic_time(-1) end, fn -> System.monotonic_time(:perf_counter) end,
          fn -> :erlang.monotonic_time(:foo) end, fn -> :erlang.monotonic_time(0) end,
          fn -> :erlang.system_time(:a) end, fn -> :os.system_time(:a) end] do
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
IO.inspect is_integer(:erlang.monotonic_time(:perf_counter))
