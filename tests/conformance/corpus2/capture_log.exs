# ExUnit.CaptureLog: capture_log/1,2 and with_log/1,2 collect what any process
# logs while the function runs (in the console format), filtered by :level.
ExUnit.start(autorun: false)

defmodule CaptureLogDemo do
  import ExUnit.CaptureLog
  require Logger

  defp norm(log), do: Regex.replace(~r/\d\d:\d\d:\d\d\.\d\d\d/, log, "TIME")

  def run do
    log = capture_log(fn -> Logger.warning("careful"); Logger.debug("dbg"); Logger.error("bad", user: 1) end)
    IO.inspect(norm(log))

    log = capture_log([level: :error], fn -> Logger.warning("careful"); Logger.error("bad") end)
    IO.inspect(norm(log))

    {res, log} =
      with_log(fn ->
        Logger.info("inf")
        Task.async(fn -> Logger.error("from task") end) |> Task.await()
        42
      end)

    IO.inspect({res, norm(log)})

    IO.inspect(capture_log(fn -> :nothing_logged end))

    outer =
      capture_log(fn ->
        inner = capture_log(fn -> Logger.error("both see this") end)
        IO.inspect(norm(inner))
        Logger.error("outer only")
      end)

    IO.inspect(norm(outer))

    try do
      capture_log(fn -> raise ArgumentError, "inside" end)
    rescue
      e -> IO.inspect(e)
    end

    IO.inspect(norm(capture_log(fn -> Logger.info(fn -> "lazy #{1 + 1}" end) end)))
  end
end

CaptureLogDemo.run()
