# ExUnit.CaptureLog: Logger messages of all processes while the function runs
defmodule Main do
  import ExUnit.CaptureLog
  require Logger

  def norm(log), do: Regex.replace(~r/\d\d:\d\d:\d\d\.\d\d\d/, log, "TIME")

  def run do
    IO.inspect(norm(capture_log(fn -> Logger.info("hi"); Logger.debug("dbg"); Logger.warning("w") end)))
    IO.inspect(norm(capture_log([level: :warning], fn -> Logger.info("hi"); Logger.error("e") end)))
    IO.inspect(norm(capture_log(fn -> Task.await(Task.async(fn -> Logger.error("in task") end)) end)))
    {r, log} = with_log(fn -> Logger.info("x #{1 + 1}"); 42 end)
    IO.inspect({r, norm(log)})
    IO.inspect(capture_log(fn -> :nothing end))
    nested = capture_log(fn ->
      inner = capture_log(fn -> Logger.error("inner") end)
      IO.inspect(norm(inner))
      Logger.error("outer")
    end)
    IO.inspect(norm(nested))
    try do
      capture_log(fn -> Logger.error("before raise"); raise "oops" end)
    rescue
      e -> IO.inspect(e)
    end
    IO.inspect(norm(capture_log(fn -> Logger.error("after") end)))
  end
end

ExUnit.start(autorun: false)
Main.run()
