# ExUnit.CaptureIO, after Elixir 1.14's lib/ex_unit/lib/ex_unit/capture_io.ex:
# the function runs with a StringIO as its group leader (or registered as
# :standard_error), and what it wrote is returned. docs/exunit.md.
defmodule ExUnit.CaptureIO do
  def capture_io(fun) when is_function(fun, 0), do: capture_io(:stdio, [], fun)

  def capture_io(device, fun) when is_atom(device) and is_function(fun, 0), do: capture_io(device, [], fun)
  def capture_io(input, fun) when is_binary(input) and is_function(fun, 0), do: capture_io(:stdio, [input: input], fun)
  def capture_io(options, fun) when is_list(options) and is_function(fun, 0), do: capture_io(:stdio, options, fun)

  def capture_io(device, input, fun) when is_binary(input) and is_function(fun, 0),
    do: capture_io(device, [input: input], fun)

  def capture_io(device, options, fun) when is_list(options) and is_function(fun, 0) do
    {_result, output} = with_io(device, options, fun)
    output
  end

  def with_io(fun) when is_function(fun, 0), do: with_io(:stdio, [], fun)
  def with_io(device, fun) when is_atom(device) and is_function(fun, 0), do: with_io(device, [], fun)
  def with_io(input, fun) when is_binary(input) and is_function(fun, 0), do: with_io(:stdio, [input: input], fun)
  def with_io(options, fun) when is_list(options) and is_function(fun, 0), do: with_io(:stdio, options, fun)

  def with_io(device, input, fun) when is_binary(input) and is_function(fun, 0),
    do: with_io(device, [input: input], fun)

  def with_io(device, options, fun) when is_list(options) and is_function(fun, 0) do
    do_with_io(map_dev(device), options, fun)
  end

  defp map_dev(:stdio), do: :standard_io
  defp map_dev(:stderr), do: :standard_error
  defp map_dev(other), do: other

  defp do_with_io(:standard_io, options, fun) do
    prompt_config = Keyword.get(options, :capture_prompt, true)
    encoding = Keyword.get(options, :encoding, :unicode)
    input = Keyword.get(options, :input, "")
    original_gl = Process.group_leader()
    {:ok, capture_gl} = StringIO.open(input, capture_prompt: prompt_config, encoding: encoding)

    result =
      try do
        Process.group_leader(self(), capture_gl)
        fun.()
      after
        Process.group_leader(self(), original_gl)
      end

    {:ok, {_input, output}} = StringIO.close(capture_gl)
    {result, output}
  end

  defp do_with_io(device, options, fun) do
    input = Keyword.get(options, :input, "")
    encoding = Keyword.get(options, :encoding, :unicode)
    {:ok, string_io} = StringIO.open(input, encoding: encoding)

    case Process.whereis(device) do
      nil -> :ok
      _pid -> raise "capture_io on #{inspect(device)} is already in use"
    end

    Process.register(string_io, device)

    result =
      try do
        fun.()
      after
        if Process.whereis(device) == string_io, do: Process.unregister(device)
      end

    {:ok, {_input, output}} = StringIO.close(string_io)
    {result, output}
  end
end
