# ExUnit.Formatter, after Elixir 1.14's lib/ex_unit/lib/ex_unit/formatter.ex:
# the failure reports and the summary's times. Colors and diffs are off
# (Vial's `vial test` writes plain text, as ExUnit does when stdout is not a
# terminal), so values print with inspect (pretty, 80 columns less the
# padding). docs/exunit.md.
defmodule ExUnit.Formatter do
  @counter_padding "     "
  @mailbox_label_padding @counter_padding <> "  "
  @no_value :ex_unit_no_meaningful_value

  def format_times(times) do
    run_us = normalize_us(times.run)
    load_us = normalize_us(times.load)
    async_us = normalize_us(times.async)
    sync_us = run_us - async_us
    total_us = run_us + load_us

    maybe_load = if times.load, do: "#{format_us(load_us)}s on load, ", else: ""

    "Finished in #{format_us(total_us)} seconds " <>
      "(#{maybe_load}#{format_us(async_us)}s async, #{format_us(sync_us)}s sync)"
  end

  defp normalize_us(nil), do: 0
  defp normalize_us(us), do: div(us, 10000)

  defp format_us(us) do
    if us < 10 do
      "0.0#{us}"
    else
      us = div(us, 10)
      "#{div(us, 10)}.#{rem(us, 10)}"
    end
  end

  def format_time(run, load), do: format_times(%{run: run, load: load, async: nil})

  def format_filters(filters, type) do
    case type do
      :exclude -> "Excluding tags: #{inspect(filters)}"
      :include -> "Including tags: #{inspect(filters)}"
    end
  end

  def format_test_failure(test, failures, counter, width, formatter) do
    %{name: name, module: module, tags: tags} = test

    test_info(with_counter(counter, "#{name} (#{inspect(module)})"), formatter) <>
      test_location(with_location(tags), formatter) <>
      Enum.map_join(Enum.with_index(failures), "", fn {{kind, reason, stack}, index} ->
        {text, stack} = format_kind_reason(test, kind, reason, stack, width, formatter)
        failure_header(failures, index) <> text <> format_stacktrace(stack, module, name, formatter)
      end)
  end

  def format_assertion_error(%ExUnit.AssertionError{} = struct) do
    format_exception(%{}, struct, [], :infinity, fn _, msg -> msg end, "") |> elem(0)
  end

  def format_test_all_failure(test_module, failures, counter, width, formatter) do
    name = test_module.name

    test_module_info(with_counter(counter, "#{inspect(name)}: "), formatter) <>
      Enum.map_join(Enum.with_index(failures), "", fn {{kind, reason, stack}, index} ->
        {text, stack} = format_kind_reason(test_module, kind, reason, stack, width, formatter)
        failure_header(failures, index) <> text <> format_stacktrace(stack, name, nil, formatter)
      end)
  end

  defp format_exception(test, %ExUnit.AssertionError{} = struct, stack, width, formatter, pad) do
    label_padding_size = if has_value?(struct.right), do: 7, else: 6
    padding_size = label_padding_size + byte_size(@counter_padding)

    code_multiline =
      if struct.doctest != @no_value,
        do: &pad_multiline(&1, padding_size),
        else: &code_multiline(&1, padding_size)

    formatted =
      [
        note: if_value(struct.message, &format_message(&1, formatter)),
        doctest: if_value(struct.doctest, &pad_multiline(&1, 2 + byte_size(@counter_padding))),
        code: if_value(struct.expr, code_multiline),
        code: unless_value(struct.expr, fn -> get_code(test, stack) || @no_value end),
        arguments: if_value(struct.args, &format_args(&1, width))
      ]
      |> Kernel.++(format_context(struct, formatter, padding_size, width))
      |> format_meta(formatter, pad, label_padding_size)
      |> IO.iodata_to_binary()

    {formatted, stack}
  end

  defp format_exception(test, %{__struct__: FunctionClauseError} = struct, stack, _width, formatter, _pad) do
    banner = Exception.format_banner(:error, struct)
    message = error_info(banner, formatter)
    {message <> format_code(test, stack, formatter), stack}
  end

  defp format_kind_reason(test, :error, %mod{} = struct, stack, width, formatter)
       when mod in [ExUnit.AssertionError, FunctionClauseError] do
    format_exception(test, struct, stack, width, formatter, @counter_padding)
  end

  defp format_kind_reason(test, kind, reason, stack, width, formatter) do
    case linked_or_trapped_exit(kind, reason) do
      {header, wrapped_reason, wrapped_stack} ->
        struct = Exception.normalize(:error, wrapped_reason, wrapped_stack)

        {formatted_reason, wrapped_stack} =
          format_kind_reason(test, :error, struct, wrapped_stack, width, formatter)

        formatted_stack = format_stacktrace(wrapped_stack, test.module, Map.get(test, :name), formatter)
        {error_info(header, formatter) <> pad(formatted_reason <> formatted_stack), stack}

      :error ->
        message = error_info(format_banner(kind, reason), formatter)
        {message <> format_code(test, stack, formatter), stack}
    end
  end

  defp format_banner({:EXIT, pid}, reason), do: "** (EXIT from #{inspect(pid)}) " <> Exception.format_exit(reason)
  defp format_banner(kind, reason), do: Exception.format_banner(kind, reason)

  defp linked_or_trapped_exit({:EXIT, pid}, {%mod{} = reason, [_ | _] = stack})
       when mod in [ExUnit.AssertionError, FunctionClauseError] do
    {"** (EXIT from #{inspect(pid)}) an exception was raised:\n", reason, stack}
  end

  defp linked_or_trapped_exit(_kind, _reason), do: :error

  defp format_code(test, stack, formatter) do
    if snippet = get_code(test, stack) do
      "     " <> formatter.(:extra_info, "code: ") <> snippet <> "\n"
    else
      ""
    end
  end

  defp get_code(%{module: module, name: name}, stack) do
    try do
      info =
        Enum.find_value(stack, fn
          {^module, ^name, _, info} -> info
          _ -> nil
        end)

      file = info[:file]
      line = info[:line]

      if is_integer(line) and line > 0 and file && File.exists?(List.to_string(file)) do
        List.to_string(file) |> File.read!() |> String.split("\n") |> Enum.at(line - 1) |> String.trim()
      end
    rescue
      _ -> nil
    end
  end

  defp get_code(%{}, _), do: nil

  defp format_meta(fields, formatter, padding, padding_size) do
    for {label, value} <- fields, has_value?(value) do
      [padding, format_label(label, formatter, padding_size), value, "\n"]
    end
  end

  defp if_value(value, fun) do
    if has_value?(value), do: fun.(value), else: value
  end

  defp unless_value(value, fun) do
    if has_value?(value), do: @no_value, else: fun.()
  end

  defp has_value?(value), do: value != @no_value

  defp format_label(:note, _formatter, _padding_size), do: ""

  defp format_label(label, formatter, padding_size) do
    formatter.(:extra_info, String.pad_trailing("#{label}:", padding_size))
  end

  defp format_message(value, formatter) do
    value = String.replace(value, "\n", "\n" <> @counter_padding)
    formatter.(:error_info, value)
  end

  defp format_args(args, width) do
    entries =
      for {arg, i} <- Enum.with_index(args, 1) do
        """

                 # #{i}
                 #{inspect_multiline(arg, 9, width)}
        """
      end

    ["\n" | entries]
  end

  @assertions [:assert, :assert_raise, :assert_receive, :assert_received, :refute, :refute_receive, :refute_received]

  defp code_multiline({fun, _, [expr]}, padding_size) when fun in @assertions do
    pad_multiline(Atom.to_string(fun) <> " " <> Macro.to_string(expr), padding_size)
  end

  defp code_multiline(expr, padding_size) do
    pad_multiline(Macro.to_string(expr), padding_size)
  end

  defp inspect_multiline(expr, padding_size, width) do
    width = if width == :infinity, do: width, else: width - padding_size

    expr
    |> Inspect.Algebra.to_doc(Inspect.Opts.new(width: width))
    |> Inspect.Algebra.group()
    |> Inspect.Algebra.nest(padding_size)
    |> Inspect.Algebra.format(width)
    |> IO.iodata_to_binary()
  end

  defp format_context(%{context: {:mailbox, _pins, []}}, _, _, _), do: []

  defp format_context(%{left: left, context: {:mailbox, _pins, mailbox}}, formatter, padding_size, width) do
    formatted_mailbox =
      for message <- mailbox do
        pattern = if_value(left, &code_multiline(&1, padding_size + 5))
        value = inspect_multiline(message, padding_size + 5, width)

        [
          "\n",
          @mailbox_label_padding,
          format_label(:pattern, formatter, 9),
          pattern,
          "\n",
          @mailbox_label_padding,
          format_label(:value, formatter, 9),
          value
        ]
      end

    [mailbox: Enum.join(formatted_mailbox, "\n")]
  end

  defp format_context(%{left: left, right: right, context: context}, _formatter, padding_size, width) do
    inspect = &inspect_multiline(&1, padding_size, width)

    if is_atom(context) do
      [left: if_value(left, inspect), right: if_value(right, inspect)]
    else
      [left: if_value(left, &code_multiline(&1, padding_size)), right: if_value(right, inspect)]
    end
  end

  defp format_stacktrace([], _case, _test, _color), do: ""

  defp format_stacktrace(stacktrace, test_case, test, color) do
    extra_info("stacktrace:", color) <>
      Enum.map_join(stacktrace, fn entry ->
        stacktrace_info(format_stacktrace_entry(entry, test_case, test), color)
      end)
  end

  defp format_stacktrace_entry({test_case, test, _, location}, test_case, test) do
    format_file_line(location[:file], location[:line], " (test)")
  end

  defp format_stacktrace_entry({mod, :__MODULE__, 0, location}, _test_case, _test) do
    format_file_line(location[:file], location[:line], " #{inspect(mod)} (module)")
  end

  defp format_stacktrace_entry({_, _, _, _} = entry, _test_case, _test) do
    Exception.format_stacktrace_entry(entry)
  end

  defp format_stacktrace_entry(_entry, _test_case, _test), do: ""

  defp format_file_line(nil, _line, suffix), do: String.trim_leading(suffix)
  defp format_file_line(file, nil, suffix), do: "#{file}:#{suffix}"
  defp format_file_line(file, line, suffix), do: "#{file}:#{line}:#{suffix}"

  defp with_location(tags) do
    "#{tags[:file]}:#{tags[:line]}"
  end

  defp failure_header([_], _), do: ""
  defp failure_header(_, i), do: "\n#{@counter_padding}Failure ##{i + 1}\n"

  defp with_counter(counter, msg) when counter < 10, do: "  #{counter}) #{msg}"
  defp with_counter(counter, msg) when counter < 100, do: " #{counter}) #{msg}"
  defp with_counter(counter, msg), do: "#{counter}) #{msg}"

  defp test_module_info(msg, nil),
    do: msg <> "failure on setup_all callback, all tests have been invalidated\n"

  defp test_module_info(msg, formatter), do: test_module_info(formatter.(:test_module_info, msg), nil)

  defp test_info(msg, nil), do: msg <> "\n"
  defp test_info(msg, formatter), do: test_info(formatter.(:test_info, msg), nil)

  defp test_location(msg, nil), do: "     " <> msg <> "\n"
  defp test_location(msg, formatter), do: test_location(formatter.(:location_info, msg), nil)

  defp pad(msg), do: "     " <> pad_multiline(msg, 5) <> "\n"

  defp pad_multiline(expr, padding_size) when is_binary(expr) do
    padding = String.duplicate(" ", padding_size)
    String.replace(expr, "\n", "\n" <> padding)
  end

  defp error_info(msg, nil), do: pad(msg)
  defp error_info(msg, formatter), do: pad(formatter.(:error_info, msg))

  defp extra_info(msg, nil), do: pad(msg)
  defp extra_info(msg, formatter), do: pad(formatter.(:extra_info, msg))

  defp stacktrace_info("", _formatter), do: ""
  defp stacktrace_info(msg, nil), do: "       " <> msg <> "\n"
  defp stacktrace_info(msg, formatter), do: stacktrace_info(formatter.(:stacktrace_info, msg), nil)
end
