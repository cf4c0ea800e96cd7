# ExUnit.CaptureLog, after Elixir 1.14's lib/ex_unit/lib/ex_unit/capture_log.ex:
# while the function runs, what any process logs (at the global level, and at
# the capture's :level when given) is written to a StringIO instead of the
# console, in the console's format, and returned. Captures may nest and run
# at once (each gets every message). docs/exunit.md.
defmodule ExUnit.CaptureLog do
  def capture_log(opts \\ [], fun) do
    {_, log} = with_log(opts, fun)
    log
  end

  def with_log(opts \\ [], fun) when is_list(opts) and is_function(fun, 0) do
    {:ok, string_io} = StringIO.open("")

    try do
      :ok = Logger.__add_capture__(string_io, Keyword.get(opts, :level))

      try do
        fun.()
      after
        :ok = Logger.flush()
        :ok = Logger.__remove_capture__(string_io)
      end
    catch
      kind, reason ->
        _ = StringIO.close(string_io)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      result ->
        {:ok, content} = StringIO.close(string_io)
        {result, elem(content, 1)}
    end
  end
end
