IO.inspect(Task.async_stream(1..5, fn x -> x * 2 end) |> Enum.to_list())
IO.inspect(Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 10); x end, max_concurrency: 3) |> Enum.to_list())
IO.inspect(Task.async_stream([600, 0], fn x -> Process.sleep(x); x end, ordered: false, max_concurrency: 2) |> Enum.map(fn {:ok, v} -> v end))
IO.inspect(Task.async_stream([30, 10, 20], fn x -> Process.sleep(x); x end, ordered: false) |> Enum.map(fn {:ok, v} -> v end) |> Enum.sort())
IO.inspect(Task.async_stream(1..10, &(&1 + 1), max_concurrency: 2) |> Enum.map(fn {:ok, v} -> v end))
IO.inspect(Task.async_stream(1..3, Integer, :pow, [2]) |> Enum.to_list())
IO.inspect(Task.async_stream([], & &1) |> Enum.to_list())
IO.inspect(Task.async_stream(1..100, & &1) |> Enum.take(3))
IO.inspect(Task.async_stream(%{a: 1}, fn {k, v} -> {v, k} end) |> Enum.to_list())

IO.inspect(
  Task.async_stream([10, 5000, 20], fn x -> Process.sleep(x); x end, timeout: 1000, on_timeout: :kill_task)
  |> Enum.to_list()
)

IO.inspect(
  Task.async_stream([10, 5000], fn x -> Process.sleep(x); x end, timeout: 1000, on_timeout: :kill_task, zip_input_on_exit: true)
  |> Enum.to_list()
)

try do
  Task.async_stream([10, 5000], fn x -> Process.sleep(x); x end, timeout: 500) |> Enum.to_list()
catch
  :exit, reason -> IO.inspect(reason)
end

Process.flag(:trap_exit, true)
IO.inspect(Task.async_stream([1, 2], fn 1 -> exit(:bad); x -> x end) |> Enum.to_list())

IO.inspect(1..4 |> Task.async_stream(&(&1 * 10)) |> Stream.map(fn {:ok, v} -> v end) |> Enum.sum())
