# Exceptions: Exception's functions and the built-in exception structs, with
# Elixir 1.14's fields and messages (lib/elixir/lib/exception.ex). Erlang
# error terms become these structs in vial:normalize/1
# (runtime/builtins/exception.cpp), as Exception.normalize/3 does.
defmodule Exception do
  def message(%module{__exception__: true} = exception), do: module.message(exception)

  def exception?(%_{__exception__: true}), do: true
  def exception?(_), do: false

  def normalize(:error, reason, _stacktrace \\ []), do: :vial.normalize(reason)

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

  def format_exit(:normal), do: "normal"
  def format_exit(:shutdown), do: "shutdown"
  def format_exit(:killed), do: "killed"
  def format_exit({:shutdown, reason}), do: "shutdown: " <> inspect(reason)

  def format_exit({exception, [_ | _] = stacktrace} = reason) do
    if Enum.all?(stacktrace, &stacktrace_entry?/1) do
      "an exception was raised:\n    " <>
        format_banner(:error, exception, stacktrace) <>
        Enum.map_join(stacktrace, fn entry -> "\n        " <> format_stacktrace_entry(entry) end)
    else
      inspect(reason)
    end
  end

  def format_exit(reason), do: inspect(reason)

  defp stacktrace_entry?({_, _, _, location}) when is_list(location), do: true
  defp stacktrace_entry?(_), do: false

  def format_stacktrace(trace) do
    Enum.map_join(trace, fn entry -> "    " <> format_stacktrace_entry(entry) <> "\n" end)
  end

  def format_stacktrace_entry({module, fun, arity, location}) do
    format_location(location) <> format_mfa(module, fun, if(is_list(arity), do: length(arity), else: arity))
  end

  defp format_location(opts) when is_list(opts) do
    case {Keyword.get(opts, :file), Keyword.get(opts, :line)} do
      {nil, _} -> ""
      {file, nil} -> List.to_string(file) <> ": "
      {file, line} -> List.to_string(file) <> ":" <> Integer.to_string(line) <> ": "
    end
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
