# ExUnit.CaptureLog, after Elixir 1.14's lib/ex_unit/lib/ex_unit/capture_log.ex:
# while the function runs, Logger writes the messages of every process (at
# the :level option or above) to a StringIO instead of the console, and what
# was written is returned. docs/exunit.md.
defmodule ExUnit.CaptureLog do
  def capture_log(opts \\ [], fun) when is_list(opts) and is_function(fun, 0) do
    {_result, log} = with_log(opts, fun)
    log
  end

  def with_log(opts \\ [], fun) when is_list(opts) and is_function(fun, 0) do
    {:ok, device} = StringIO.open("")
    Logger.__capture__(device, Keyword.get(opts, :level, :all))

    result =
      try do
        fun.()
      after
        Logger.__uncapture__(device)
      end

    {:ok, {_input, log}} = StringIO.close(device)
    {result, log}
  end
end
