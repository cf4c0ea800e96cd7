# Exceptions: Exception's functions and the built-in exception structs, with
# Elixir 1.14's fields and messages (lib/elixir/lib/exception.ex). Erlang
# error terms become these structs in vial:normalize/1
# (runtime/builtins/exception.cpp), as Exception.normalize/3 does.
defmodule Exception do
  def message(%module{__exception__: true} = exception), do: module.message(exception)

  def exception?(%_{__exception__: true}), do: true
  def exception?(_), do: false

  def normalize(:error, reason, _stacktrace \\ []), do: :vial.normalize(reason)

  # Exception.blame/3: the exception made more precise with what the stack
  # trace knows, by its module's blame/2 (ArithmeticError's so far).
  def blame(:error, error, stacktrace) do
    %module{} = struct = normalize(:error, error, stacktrace)

    if Code.ensure_loaded?(module) and :erlang.function_exported(module, :blame, 2),
      do: module.blame(struct, stacktrace),
      else: {struct, stacktrace}
  end

  def blame(_kind, reason, stacktrace), do: {reason, stacktrace}

  def format_mfa(module, function, args) when is_list(args) do
    :vial.format_mfa(module, function, "(" <> Enum.map_join(args, ", ", &inspect/1) <> ")")
  end

  def format_mfa(module, function, arity), do: :vial.format_mfa(module, function, arity)

  def format_banner(kind, exception, stacktrace \\ [])

  def format_banner(:error, exception, _stacktrace) do
    exception = :vial.normalize(exception)
    "** (" <> inspect(exception.__struct__) <> ") " <> message(exception)
  end

  def format_banner(:throw, reason, _stacktrace), do: "** (throw) " <> inspect(reason)
  def format_banner(:exit, reason, _stacktrace), do: "** (exit) " <> format_exit(reason)

  def format(kind, payload, stacktrace \\ []) do
    case stacktrace do
      [] -> format_banner(kind, payload, stacktrace)
      _ -> format_banner(kind, payload, stacktrace) <> "\n" <> format_stacktrace(stacktrace)
    end
  end

  # format_exit/1 as Elixir 1.14's: exits wrapped by the caller (GenServer.call
  # and the other OTP calls), supervisor start errors and OTP's reasons.
  def format_exit(reason), do: format_exit(reason, "\n    ")

  defp format_exit({exception, [_ | _] = stacktrace} = reason, joiner) do
    if Enum.all?(stacktrace, &stacktrace_entry?/1) do
      "an exception was raised:" <>
        joiner <>
        format_banner(:error, exception, stacktrace) <>
        Enum.map_join(stacktrace, fn entry -> joiner <> "    " <> format_stacktrace_entry(entry) end)
    else
      format_exit_reason(reason)
    end
  end

  defp format_exit({:shutdown, {:failed_to_start_child, child, {:EXIT, reason}}}, joiner) do
    format_start_child(child, reason, joiner)
  end

  defp format_exit({:shutdown, {:failed_to_start_child, child, reason}}, joiner) do
    format_start_child(child, reason, joiner)
  end

  defp format_exit({reason2, {mod, fun, args}} = reason, joiner)
       when is_atom(mod) and is_atom(fun) and is_list(args) and length(args) < 256 do
    "exited in: " <>
      format_mfa(mod, fun, args) <> joiner <> "** (EXIT) " <> format_exit(reason2, joiner <> "    ")
  rescue
    _ -> format_exit_reason(reason)
  end

  defp format_exit(reason, _joiner), do: format_exit_reason(reason)

  defp format_exit_reason(:normal), do: "normal"
  defp format_exit_reason(:shutdown), do: "shutdown"
  defp format_exit_reason({:shutdown, reason}), do: "shutdown: " <> inspect(reason)
  defp format_exit_reason(:calling_self), do: "process attempted to call itself"
  defp format_exit_reason(:timeout), do: "time out"
  defp format_exit_reason(:killed), do: "killed"
  defp format_exit_reason(:noconnection), do: "no connection"

  defp format_exit_reason(:noproc) do
    "no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started"
  end

  defp format_exit_reason({:nodedown, node_name}) when is_atom(node_name),
    do: "no connection to #{node_name}"

  defp format_exit_reason({:already_started, pid}), do: "already started: " <> inspect(pid)
  defp format_exit_reason({:bad_return_value, value}), do: "bad return value: " <> inspect(value)
  defp format_exit_reason({:bad_call, request}), do: "bad call: " <> inspect(request)
  defp format_exit_reason({:bad_cast, request}), do: "bad cast: " <> inspect(request)

  defp format_exit_reason({:bad_return, {mod, :init, value}}) when is_atom(mod),
    do: format_mfa(mod, :init, 1) <> " returned a bad value: " <> inspect(value)

  defp format_exit_reason({:bad_start_spec, start_spec}),
    do: "bad child specification, invalid children: " <> inspect(start_spec)

  defp format_exit_reason({:start_spec, start_spec}),
    do: "bad child specification, " <> format_sup_spec(start_spec)

  defp format_exit_reason({:supervisor_data, data}),
    do: "bad supervisor configuration, " <> format_sup_data(data)

  defp format_exit_reason(reason), do: inspect(reason)

  defp format_start_child(child, reason, joiner) do
    "shutdown: failed to start child: " <>
      inspect(child) <> joiner <> "** (EXIT) " <> format_exit(reason, joiner <> "    ")
  end

  defp format_sup_data({:invalid_type, type}), do: "invalid type: " <> inspect(type)
  defp format_sup_data({:invalid_strategy, strategy}), do: "invalid strategy: " <> inspect(strategy)
  defp format_sup_data({:invalid_intensity, i}), do: "invalid max_restarts (intensity): " <> inspect(i)
  defp format_sup_data({:invalid_period, period}), do: "invalid max_seconds (period): " <> inspect(period)
  defp format_sup_data({:invalid_max_children, m}), do: "invalid max_children: " <> inspect(m)
  defp format_sup_data({:invalid_extra_arguments, e}), do: "invalid extra_arguments: " <> inspect(e)
  defp format_sup_data(other), do: "got: #{inspect(other)}"

  defp format_sup_spec({:duplicate_child_name, id}) do
    """
    more than one child specification has the id: #{inspect(id)}.
    If using maps as child specifications, make sure the :id keys are unique.
    If using a module or {module, arg} as child, use Supervisor.child_spec/2 to change the :id, for example:

        children = [
          Supervisor.child_spec({MyWorker, arg}, id: :my_worker_1),
          Supervisor.child_spec({MyWorker, arg}, id: :my_worker_2)
        ]
    """
  end

  defp format_sup_spec({:invalid_child_spec, child_spec}), do: "invalid child specification: #{inspect(child_spec)}"
  defp format_sup_spec({:invalid_child_type, type}), do: "invalid child type: #{inspect(type)}. Must be :worker or :supervisor."
  defp format_sup_spec({:invalid_mfa, mfa}), do: "invalid mfa: #{inspect(mfa)}"

  defp format_sup_spec({:invalid_restart_type, restart}),
    do: "invalid restart type: #{inspect(restart)}. Must be :permanent, :transient or :temporary."

  defp format_sup_spec({:invalid_shutdown, shutdown}),
    do: "invalid shutdown: #{inspect(shutdown)}. Must be an integer >= 0, :infinity or :brutal_kill."

  defp format_sup_spec({:invalid_module, mod}), do: "invalid module: #{inspect(mod)}. Must be an atom."

  defp format_sup_spec({:invalid_modules, modules}),
    do: "invalid modules: #{inspect(modules)}. Must be a list of atoms or :dynamic."

  defp format_sup_spec(other), do: "got: #{inspect(other)}"

  defp stacktrace_entry?({_, _, _, location}) when is_list(location), do: true
  defp stacktrace_entry?(_), do: false

  def format_stacktrace(trace) do
    Enum.map_join(trace, fn entry -> "    " <> format_stacktrace_entry(entry) <> "\n" end)
  end

  def format_stacktrace_entry({module, :__MODULE__, 0, location}),
    do: format_location(location) <> inspect(module) <> " (module)"
  def format_stacktrace_entry({_module, :__MODULE__, 1, location}), do: format_location(location) <> "(module)"
  def format_stacktrace_entry({_module, :__FILE__, 1, location}), do: format_location(location) <> "(file)"

  def format_stacktrace_entry({module, fun, arity, location}) do
    format_location(location) <> format_mfa(module, fun, arity)
  end

  defp format_location(opts) when is_list(opts) do
    case {Keyword.get(opts, :file), Keyword.get(opts, :line)} do
      {nil, _} -> ""
      {file, nil} -> List.to_string(file) <> ": "
      {file, line} -> List.to_string(file) <> ":" <> Integer.to_string(line) <> ": "
    end
  end

  def format_file_line(file, line, suffix \\ "") do
    cond do
      is_nil(file) -> ""
      is_nil(line) or line == 0 -> "#{file}:#{suffix}"
      true -> "#{file}:#{line}:#{suffix}"
    end
  end

  def format_file_line_column(file, line, column, suffix \\ "") do
    cond do
      is_nil(file) -> ""
      is_nil(line) or line == 0 -> "#{file}:#{suffix}"
      is_nil(column) or column == 0 -> "#{file}:#{line}:#{suffix}"
      true -> "#{file}:#{line}:#{column}:#{suffix}"
    end
  end

  def format_snippet(%{content: content, offset: offset}, error_line) do
    digits = byte_size(Integer.to_string(error_line))
    gutter = String.duplicate(" ", Kernel.max(digits, 2))
    pad = if digits < 2, do: " ", else: ""
    " #{gutter} |\n #{pad}#{error_line} | #{content}\n #{gutter} | #{String.duplicate(" ", offset)}^"
  end

  def format_fa(fun, arity) when is_function(fun) do
    arity = if is_list(arity), do: length(arity), else: arity
    "#{inspect(fun)}/#{arity}"
  end
end

defmodule RuntimeError do
  defexception message: "runtime error"
end

defmodule ArgumentError do
  defexception message: "argument error"
end

defmodule ArithmeticError do
  defexception message: "bad argument in arithmetic expression"

  @unary_ops [:+, :-]
  @binary_ops [:+, :-, :*, :/]
  @binary_funs [:div, :rem]
  @bitwise_binary_funs [:band, :bor, :bxor, :bsl, :bsr]

  def blame(%{message: message} = exception, [{:erlang, fun, args, _} | _] = stacktrace) do
    message =
      message <>
        case {fun, args} do
          {op, [a]} when op in @unary_ops -> ": #{op}(#{inspect(a)})"
          {op, [a, b]} when op in @binary_ops -> ": #{inspect(a)} #{op} #{inspect(b)}"
          {fun, [a, b]} when fun in @binary_funs -> ": #{fun}(#{inspect(a)}, #{inspect(b)})"
          {fun, [a, b]} when fun in @bitwise_binary_funs -> ": Bitwise.#{fun}(#{inspect(a)}, #{inspect(b)})"
          {:bnot, [a]} -> ": Bitwise.bnot(#{inspect(a)})"
          _ -> ""
        end

    {%{exception | message: message}, stacktrace}
  end

  def blame(exception, stacktrace), do: {exception, stacktrace}
end

defmodule SystemLimitError do
  defexception message: "a system limit has been reached"
end

defmodule Enum.EmptyError do
  defexception message: "empty error"
end

defmodule Enum.OutOfBoundsError do
  defexception message: "out of bounds error"
end

defmodule KeyError do
  defexception [:key, :term, :message]

  def message(%{message: nil, key: key, term: nil}), do: "key " <> inspect(key) <> " not found"

  def message(%{message: nil, key: key, term: term}),
    do: "key " <> inspect(key) <> " not found in: " <> inspect(term)

  def message(%{message: message}), do: message
end

defmodule MatchError do
  defexception [:term]
  def message(exception), do: "no match of right hand side value: " <> inspect(exception.term)
end

defmodule CaseClauseError do
  defexception [:term]
  def message(exception), do: "no case clause matching: " <> inspect(exception.term)
end

defmodule WithClauseError do
  defexception [:term]
  def message(exception), do: "no with clause matching: " <> inspect(exception.term)
end

defmodule TryClauseError do
  defexception [:term]
  def message(exception), do: "no try clause matching: " <> inspect(exception.term)
end

defmodule CondClauseError do
  defexception []
  def message(_exception), do: "no cond clause evaluated to a truthy value"
end

defmodule BadMapError do
  defexception [:term]
  def message(exception), do: "expected a map, got: " <> inspect(exception.term)
end

defmodule BadStructError do
  defexception [:struct, :term]

  def message(exception),
    do: "expected a struct named " <> inspect(exception.struct) <> ", got: " <> inspect(exception.term)
end

defmodule BadBooleanError do
  defexception [:term, :operator]

  def message(exception) do
    "expected a boolean on left-side of \"#{exception.operator}\", got: " <> inspect(exception.term)
  end
end

defmodule BadFunctionError do
  defexception [:term]
  def message(exception), do: "expected a function, got: " <> inspect(exception.term)
end

defmodule BadArityError do
  defexception [:function, :args]

  def message(exception) do
    fun = exception.function
    args = exception.args
    arity = :vial.fun_arity(fun)
    inspect(fun) <> " with arity " <> :erlang.integer_to_binary(arity) <> " called with " <> count(args)
  end

  defp count([]), do: "no arguments"
  defp count([arg]), do: "1 argument (" <> inspect(arg) <> ")"

  defp count(args) do
    :erlang.integer_to_binary(length(args)) <> " arguments (" <> join(args) <> ")"
  end

  defp join([arg]), do: inspect(arg)
  defp join([arg | rest]), do: inspect(arg) <> ", " <> join(rest)
end

defmodule FunctionClauseError do
  defexception [:module, :function, :arity, :kind, :args, :clauses]

  def message(%{module: module, function: function, arity: arity}) when module != nil do
    "no function clause matching in " <> Exception.format_mfa(module, function, arity)
  end

  def message(_exception), do: "no function clause matches"
end

defmodule UndefinedFunctionError do
  defexception [:module, :function, :arity, :reason, :message]

  def message(%{message: nil, reason: reason, module: module, function: function, arity: arity})
      when is_binary(reason) do
    "function " <> Exception.format_mfa(module, function, arity) <> " is undefined (" <> reason <> ")"
  end

  def message(%{message: nil, module: module, function: function, arity: arity}) when module != nil do
    :vial.undefined_function_message(module, function, arity)
  end

  def message(%{message: nil}), do: "undefined function"
  def message(%{message: message}), do: message
end

defmodule ErlangError do
  defexception [:original, :reason]
  def message(exception), do: "Erlang error: " <> inspect(exception.original)
end

defmodule Protocol.UndefinedError do
  defexception [:protocol, :value, description: ""]

  def message(%{protocol: protocol, value: value, description: description}) do
    text =
      "protocol " <> inspect(protocol) <> " not implemented for " <> inspect(value) <>
        " of type " <> :vial.type_name(value)

    case description do
      "" -> text
      _ -> text <> ", " <> description
    end
  end
end

# The compiler's errors. Vial raises them with the whole text in :message
# (the reader and the compiler format it); built from fields, they format
# as Elixir's do.
defmodule CompileError do
  defexception [:file, :line, description: "compile error"]

  def message(%{message: message}) when is_binary(message), do: message

  def message(%{file: file, line: line, description: description}) do
    Exception.format_file_line(file && Path.relative_to_cwd(file), line) <> " " <> description
  end
end

defmodule SyntaxError do
  defexception [:file, :line, :column, :snippet, description: "syntax error"]

  def message(%{message: message}) when is_binary(message), do: message

  def message(%{file: file, line: line, column: column, description: description, snippet: snippet}) do
    text = Exception.format_file_line_column(file && Path.relative_to_cwd(file), line, column) <> " " <> description
    if snippet && column, do: text <> "\n" <> Exception.format_snippet(snippet, line), else: text
  end
end

defmodule TokenMissingError do
  defexception [:file, :line, :snippet, :column, description: "expression is incomplete"]

  def message(%{message: message}) when is_binary(message), do: message

  def message(%{file: file, line: line, column: column, description: description, snippet: snippet}) do
    text = Exception.format_file_line_column(file && Path.relative_to_cwd(file), line, column) <> " " <> description
    if snippet && column, do: text <> "\n" <> Exception.format_snippet(snippet, line), else: text
  end
end

defmodule Code.LoadError do
  defexception [:file, :message, :reason]

  def exception(opts) do
    file = Keyword.fetch!(opts, :file)
    reason = Keyword.fetch!(opts, :reason)
    %Code.LoadError{message: "could not load #{file}. Reason: #{reason}", file: file, reason: reason}
  end
end

defmodule System.EnvError do
  defexception [:env]

  @impl true
  def message(%{env: env}), do: "could not fetch environment variable #{inspect(env)} because it is not set"
end

defmodule File.LinkError do
  defexception [:reason, :existing, :new, action: ""]

  def message(exception) do
    "could not #{exception.action} from #{inspect(exception.existing)} to " <>
      "#{inspect(exception.new)}: #{File.format_reason(exception.reason)}"
  end
end

