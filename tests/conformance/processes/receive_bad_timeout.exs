# A timeout that is not a non-negative integer or :infinity raises.
defmodule Bad do
  def wait(t) do
    receive do
      :x -> :x
    after
      t -> :timeout
    end
  end
end

for t <- [-1, :never, 1.5, "10", nil, 4_294_967_296 * 1_000_000] do
  try do
    Bad.wait(t)
    IO.puts("#{inspect(t)}: no error")
  rescue
    e in ErlangError -> IO.puts("#{inspect(t)}: #{Exception.message(e)} #{inspect(e.original)}")
  end
end

# catch sees the raw Erlang error.
r = try do
  Bad.wait(-5)
catch
  kind, reason -> {kind, reason}
end
IO.inspect r

# The value is checked only when the receive has to wait: with a matching
# message there, any value works.
for t <- [4_294_967_295, 4_294_967_296, -1, :never] do
  send(self(), :x)
  IO.inspect Bad.wait(t)
end
IO.inspect Bad.wait(0)

# 2^32 - 1 is the largest timeout; 2^32 raises when waiting.
try do
  Bad.wait(4_294_967_296)
rescue
  e in ErlangError -> IO.inspect(e.original, label: "2^32")
end
spawn(fn -> Bad.wait(4_294_967_295) end) |> is_pid() |> IO.inspect()
