# ExUnit.Assertions, after Elixir 1.14's lib/ex_unit/lib/ex_unit/assertions.ex
# (docs/exunit.md): the same macros and failure messages, with a simpler
# pattern walk (no expansion of macros inside patterns, and no `arguments:`
# section for a failing function call).
defmodule ExUnit.AssertionError do
  defexception left: :ex_unit_no_meaningful_value,
               right: :ex_unit_no_meaningful_value,
               message: :ex_unit_no_meaningful_value,
               expr: :ex_unit_no_meaningful_value,
               args: :ex_unit_no_meaningful_value,
               doctest: :ex_unit_no_meaningful_value,
               context: :==

  def no_value, do: :ex_unit_no_meaningful_value

  def message(exception) do
    "\n\n" <> ExUnit.Formatter.format_assertion_error(exception)
  end
end

defmodule ExUnit.MultiError do
  defexception errors: []

  def message(%{errors: errors}) do
    "got the following errors:\n\n" <>
      Enum.map_join(errors, "\n\n", fn {kind, error, stack} ->
        Exception.format_banner(kind, error, stack)
      end)
  end
end

defmodule ExUnit.Assertions do
  @operator [:==, :<, :>, :<=, :>=, :===, :=~, :!==, :!=, :in]

  defmacro assert({:=, meta, [left, right]} = assertion) do
    code = escape_quoted(:assert, meta, assertion)

    check =
      quote generated: true do
        if right do
          :ok
        else
          raise ExUnit.AssertionError,
            expr: expr,
            message: "Expected truthy, got #{inspect(right)}"
        end
      end

    __match__(left, right, code, check, __CALLER__)
  end

  defmacro assert({:match?, meta, [left, right]} = assertion),
    do: match_question(:assert, meta, left, right, assertion, "match (match?) failed", __CALLER__)

  defmacro assert({operator, meta, [left, right]} = expr) when operator in @operator do
    l = Macro.var(:left, __MODULE__)
    r = Macro.var(:right, __MODULE__)
    call = {operator, meta, [l, r]}
    equality_check? = operator in [:<, :>, :!==, :!=]
    message = "Assertion with #{operator} failed"
    translate_operator(:assert, operator, left, right, expr, meta, call, message, equality_check?)
  end

  defmacro assert(assertion) do
    {args, value} = extract_args(assertion, __CALLER__)

    quote generated: true do
      if value = unquote(value) do
        value
      else
        raise ExUnit.AssertionError,
          args: unquote(args),
          expr: unquote(escape_quoted(:assert, [], assertion)),
          message: "Expected truthy, got #{inspect(value)}"
      end
    end
  end

  defmacro refute({:match?, meta, [left, right]} = assertion) do
    message = "match (match?) succeeded, but should have failed"
    match_question(:refute, meta, left, right, assertion, message, __CALLER__)
  end

  # assert/refute of match?(pattern, expr): the plain assert/refute on the
  # match? call, with the pattern and value for the failure report.
  defp match_question(kind, meta, left, right, assertion, message, caller) do
    code = escape_quoted(kind, meta, assertion)
    match? = {:match?, meta, [left, Macro.var(:right, __MODULE__)]}
    left = __expand_pattern__(left, caller)
    pins = collect_pins_from_pattern(left)

    opts =
      quote do
        [
          right: right,
          left: left,
          expr: unquote(code),
          message: unquote(message) <> ExUnit.Assertions.__pins__(unquote(pins)),
          context: {:match, unquote(pins)}
        ]
      end

    quote do
      right = unquote(right)
      left = unquote(Macro.escape(left))
      unquote({{:., [], [ExUnit.Assertions, kind]}, [], [match?, opts]})
    end
  end

  defmacro refute({operator, meta, [left, right]} = expr) when operator in @operator do
    l = Macro.var(:left, __MODULE__)
    r = Macro.var(:right, __MODULE__)
    call = {:not, meta, [{operator, meta, [l, r]}]}
    equality_check? = operator in [:<=, :>=, :===, :==, :=~]
    message = "Refute with #{operator} failed"
    translated = translate_operator(:refute, operator, left, right, expr, meta, call, message, equality_check?)
    {:!, [], [translated]}
  end

  defmacro refute(assertion) do
    {args, value} = extract_args(assertion, __CALLER__)

    quote generated: true do
      if value = unquote(value) do
        raise ExUnit.AssertionError,
          args: unquote(args),
          expr: unquote(escape_quoted(:refute, [], assertion)),
          message: "Expected false or nil, got #{inspect(value)}"
      else
        value
      end
    end
  end

  defp translate_operator(kind, op, left, right, expr, meta, call, message, true) do
    expr = escape_quoted(kind, meta, expr)
    context = if op in [:===, :!==], do: :===, else: :==

    quote do
      left = unquote(left)
      right = unquote(right)

      if ExUnit.Assertions.__equal__?(left, right) do
        ExUnit.Assertions.assert(false,
          left: left,
          expr: unquote(expr),
          message: unquote(message <> ", both sides are exactly equal")
        )
      else
        ExUnit.Assertions.assert(unquote(call),
          left: left,
          right: right,
          expr: unquote(expr),
          message: unquote(message),
          context: unquote(context)
        )
      end
    end
  end

  defp translate_operator(kind, op, left, right, expr, meta, call, message, false) do
    expr = escape_quoted(kind, meta, expr)
    context = if op in [:===, :!==], do: :===, else: :==

    quote do
      left = unquote(left)
      right = unquote(right)

      ExUnit.Assertions.assert(unquote(call),
        left: left,
        right: right,
        expr: unquote(expr),
        message: unquote(message),
        context: unquote(context)
      )
    end
  end

  @doc false
  def __equal__?(left, right), do: left === right

  # A function call's arguments are evaluated first, so a failure can show
  # them (`arguments:`); macros, special forms, operators and calls of
  # literals only are left alone, as in Elixir.
  defp extract_args({root, meta, [_ | _] = args} = expr, env) do
    arity = length(args)
    reserved? = is_atom(root) and (special_form?(root, arity) or operator?(root, arity))
    all_quoted_literals? = Enum.all?(args, &quoted_literal?/1)

    if reserved? or all_quoted_literals? or macro_call?(expr, env) do
      {ExUnit.AssertionError.no_value(), expr}
    else
      vars = for i <- 1..arity, do: Macro.var(:"arg#{i}", __MODULE__)

      quoted =
        quote do
          {unquote_splicing(vars)} = {unquote_splicing(args)}
          unquote({root, meta, vars})
        end

      {vars, quoted}
    end
  end

  defp extract_args(expr, _env), do: {ExUnit.AssertionError.no_value(), expr}

  @special_forms [:%{}, :{}, :<<>>, :=, :., :%, :__block__, :__aliases__, :^, :"::", :case, :cond, :fn,
                  :for, :with, :try, :receive, :quote, :unquote, :unquote_splicing, :import, :require,
                  :alias, :super, :&, :__CALLER__, :__ENV__, :__DIR__, :__MODULE__, :__STACKTRACE__]

  defp special_form?(name, _arity), do: name in @special_forms

  @binary_operators [:+, :-, :*, :/, :++, :--, :+++, :---, :.., :"..//", :<>, :in, :"not in", :|>, :<<<,
                     :>>>, :<<~, :~>>, :<~, :~>, :<~>, :"<|>", :<, :>, :<=, :>=, :==, :!=, :=~, :===,
                     :!==, :&&, :&&&, :and, :||, :|||, :or, :=, :|, :"::", :when, :<-, :\\, :**, :^^^]
  @unary_operators [:!, :^, :not, :+, :-, :~~~, :@, :&]

  defp operator?(name, 2), do: name in @binary_operators
  defp operator?(name, 1), do: name in @unary_operators
  defp operator?(_, _), do: false

  defp quoted_literal?({:__aliases__, _, args}), do: is_list(args)
  defp quoted_literal?({:%{}, _, args}), do: quoted_literal?(args)
  defp quoted_literal?({:{}, _, args}), do: quoted_literal?(args)
  defp quoted_literal?({left, right}), do: quoted_literal?(left) and quoted_literal?(right)
  defp quoted_literal?(list) when is_list(list), do: Enum.all?(list, &quoted_literal?/1)
  defp quoted_literal?(term), do: is_atom(term) or is_number(term) or is_binary(term)

  @kernel_macros [:to_string, :to_charlist, :is_nil, :is_struct, :is_exception, :match?, :binding,
                  :var!, :get_in, :put_in, :update_in, :pop_in, :get_and_update_in, :then, :tap,
                  :if, :unless, :and, :or, :in, :sigil_r, :sigil_s, :sigil_S, :sigil_w, :sigil_c,
                  :raise, :reraise, :destructure, :defstruct, :use, :dbg, :is_map_key]

  defp macro_call?({name, _, args}, env) when is_atom(name) do
    arity = length(args)

    name in @kernel_macros or String.starts_with?(Atom.to_string(name), "sigil_") or
      Enum.any?(Map.get(env, :macros) || [], fn {_mod, list} -> {name, arity} in list end)
  end

  defp macro_call?({{:., _, [module, fun]}, _, args}, env) when is_atom(fun) do
    module = if is_tuple(module), do: Macro.expand(module, env), else: module

    is_atom(module) and
      (Code.ensure_loaded(module) == {:module, module} and
         :erlang.function_exported(module, :"MACRO-#{fun}", length(args) + 1))
  end

  defp macro_call?(_, _), do: false

  defp escape_quoted(kind, _meta, expr) do
    Macro.escape({kind, [], [prune(expr)]})
  end

  # The code as the failure report shows it: without metadata.
  defp prune({left, _meta, right}), do: {prune(left), [], prune(right)}
  defp prune({left, right}), do: {prune(left), prune(right)}
  defp prune(list) when is_list(list), do: Enum.map(list, &prune/1)
  defp prune(other), do: other

  @doc false
  def __match__(left, right, code, check, caller) do
    left = __expand_pattern__(left, caller)
    vars = collect_vars_from_pattern(left)
    pins = collect_pins_from_pattern(left)

    match_expr =
      quote generated: true do
        case right do
          unquote(left) ->
            unquote(check)
            unquote(vars)

          _ ->
            left = unquote(Macro.escape(left))

            raise ExUnit.AssertionError,
              left: left,
              right: right,
              expr: expr,
              message: "match (=) failed" <> ExUnit.Assertions.__pins__(unquote(pins)),
              context: {:match, unquote(pins)}
        end
      end

    quote do
      right = unquote(right)
      expr = unquote(code)
      unquote(vars) = unquote(match_expr)
      right
    end
  end

  def assert(value, message) when is_binary(message), do: assert(value, message: message)

  def assert(value, opts) when is_list(opts) do
    unless value, do: raise(ExUnit.AssertionError, opts)
    true
  end

  def refute(value, message) when is_binary(message), do: not assert(!value, message: message)
  def refute(value, opts) when is_list(opts), do: not assert(!value, opts)

  defmacro assert_receive(pattern, timeout \\ nil, failure_message \\ nil) do
    code = escape_quoted(:assert_receive, [], pattern)
    do_assert_receive(pattern, timeout, failure_message, __CALLER__, code)
  end

  defmacro assert_received(pattern, failure_message \\ nil) do
    code = escape_quoted(:assert_received, [], pattern)
    do_assert_receive(pattern, 0, failure_message, __CALLER__, code)
  end

  defp do_assert_receive(pattern, timeout, failure_message, caller, code) do
    expanded_pattern = __expand_pattern__(pattern, caller)
    vars = collect_vars_from_pattern(expanded_pattern)
    pins = collect_pins_from_pattern(expanded_pattern)

    pattern =
      case expanded_pattern do
        {:when, meta, [left, right]} -> {:when, meta, [quote(do: unquote(left) = received), right]}
        left -> quote(do: unquote(left) = received)
      end

    pattern_finder =
      quote generated: true do
        fn message ->
          case message do
            unquote(pattern) ->
              _ = unquote(vars)
              true

            _ ->
              false
          end
        end
      end

    failure_message =
      failure_message ||
        quote do
          ExUnit.Assertions.__timeout__(
            unquote(Macro.escape(expanded_pattern)),
            unquote(code),
            unquote(pins),
            unquote(pattern_finder),
            timeout
          )
        end

    quote do
      timeout = ExUnit.Assertions.__timeout__(unquote(timeout), :assert_receive_timeout)

      {received, unquote(vars)} =
        receive do
          unquote(pattern) -> {received, unquote(vars)}
        after
          timeout -> flunk(unquote(failure_message))
        end

      received
    end
  end

  @indent "\n  "
  @max_mailbox_length 10

  @doc false
  def __timeout__(timeout, _) when is_integer(timeout) and timeout >= 0, do: timeout
  def __timeout__(nil, key), do: ExUnit.__config__(key)

  def __timeout__(timeout, _),
    do: raise(ArgumentError, "timeout must be a non-negative integer, got: #{inspect(timeout)}")

  @doc false
  def __timeout__(pattern, code, pins, pattern_finder, timeout) do
    {:messages, messages} = Process.info(self(), :messages)

    if Enum.any?(messages, pattern_finder) do
      raise ExUnit.AssertionError,
        expr: code,
        message: """
        Found message matching #{Macro.to_string(pattern)} after #{timeout}ms.

        This means the message was delivered too close to the timeout value, you may want to either:

          1. Give an increased timeout to `assert_receive/2`
          2. Increase the default timeout to all `assert_receive` in your
             test_helper.exs by setting ExUnit.configure(assert_receive_timeout: ...)
        """
    else
      {message, mailbox} = format_mailbox(messages)

      raise ExUnit.AssertionError,
        left: pattern,
        expr: code,
        message: "Assertion failed, no matching message after #{timeout}ms" <> __pins__(pins) <> message,
        context: {:mailbox, pins, mailbox}
    end
  end

  @doc false
  def __pins__(pins) do
    pins
    |> Enum.map_join(@indent, fn {name, var} -> "#{name} = #{inspect(var)}" end)
    |> case do
      "" -> ""
      pinned -> "\nThe following variables were pinned:" <> @indent <> pinned
    end
  end

  defp format_mailbox(messages) do
    length = length(messages)
    mailbox = Enum.take(messages, -@max_mailbox_length)
    {mailbox_message(length), mailbox}
  end

  defp mailbox_message(0), do: "\nThe process mailbox is empty."
  defp mailbox_message(1), do: "\nShowing 1 of 1 message in the mailbox"

  defp mailbox_message(length) when length > @max_mailbox_length,
    do: "\nShowing #{@max_mailbox_length} of #{length} messages in the mailbox"

  defp mailbox_message(length), do: "\nShowing #{length} of #{length} messages in the mailbox"

  # The pinned variables of a pattern, as code building [{name, value}].
  defp collect_pins_from_pattern(expr) do
    {_, pins} =
      Macro.prewalk(expr, [], fn
        {:^, _, [{name, _, ctx} = var]}, acc when is_atom(name) and is_atom(ctx) ->
          if List.keymember?(acc, name, 0), do: {:ok, acc}, else: {:ok, [{name, var} | acc]}

        form, acc ->
          {form, acc}
      end)

    Enum.reverse(pins)
  end

  defp collect_vars_from_pattern({:when, _, [left, _right]}), do: collect_vars_from_pattern(left)

  defp collect_vars_from_pattern(expr) do
    {_, vars} =
      Macro.prewalk(expr, [], fn
        {skip, _, [_]}, acc when skip in [:^, :@] ->
          {:ok, acc}

        {:"::", _, [left, _right]}, acc ->
          {left, acc}

        {name, meta, context} = var, acc when is_atom(name) and is_atom(context) ->
          if String.starts_with?(Atom.to_string(name), "_") or has_var?(acc, name, context) do
            {var, acc}
          else
            {var, [{name, meta, context} | acc]}
          end

        node, acc ->
          {node, acc}
      end)

    Enum.reverse(vars)
  end

  defp has_var?(pattern, name, context), do: Enum.any?(pattern, &match?({^name, _, ^context}, &1))

  @doc false
  # Module attributes in a pattern are their values, as in Elixir.
  def __expand_pattern__(expr, caller) do
    Macro.prewalk(expr, fn
      {:@, _, [{attribute, _, ctx}]} when is_atom(attribute) and is_atom(ctx) ->
        caller.module |> Module.get_attribute(attribute) |> Macro.escape()

      other ->
        other
    end)
  end

  def assert_raise(exception, message, function) when is_function(function) do
    error = assert_raise(exception, function)

    match? =
      cond do
        is_binary(message) -> Exception.message(error) == message
        is_map(message) and Map.get(message, :__struct__) == Regex -> Regex.match?(message, Exception.message(error))
      end

    message =
      "Wrong message for #{inspect(exception)}\n" <>
        "expected:\n  #{inspect(message)}\n" <>
        "actual:\n" <> "  #{inspect(Exception.message(error))}"

    unless match?, do: flunk(message)
    error
  end

  def assert_raise(exception, function) when is_function(function) do
    try do
      function.()
    rescue
      error ->
        name = error.__struct__

        cond do
          name == exception ->
            check_error_message(name, error)
            error

          name == ExUnit.AssertionError ->
            reraise(error, __STACKTRACE__)

          true ->
            message =
              "Expected exception #{inspect(exception)} " <>
                "but got #{inspect(name)} (#{Exception.message(error)})"

            reraise ExUnit.AssertionError, [message: message], __STACKTRACE__
        end
    else
      _ -> flunk("Expected exception #{inspect(exception)} but nothing was raised")
    end
  end

  defp check_error_message(module, error) do
    try do
      module.message(error)
    catch
      kind, reason ->
        message =
          "Got exception #{inspect(module)} but it failed to produce a message with:\n\n" <>
            Exception.format(kind, reason, __STACKTRACE__)

        flunk(message)
    end
  end

  def assert_in_delta(value1, value2, delta, message \\ nil)

  def assert_in_delta(_, _, delta, _) when delta < 0 do
    raise ArgumentError, "delta must always be a positive number, got: #{inspect(delta)}"
  end

  def assert_in_delta(value1, value2, delta, message) do
    diff = abs(value1 - value2)

    message =
      message ||
        "Expected the difference between #{inspect(value1)} and " <>
          "#{inspect(value2)} (#{inspect(diff)}) to be less than or equal to #{inspect(delta)}"

    assert(diff <= delta, message)
  end

  def refute_in_delta(value1, value2, delta, message \\ nil) do
    diff = abs(value1 - value2)

    message =
      if message do
        message <>
          " (difference between #{inspect(value1)} " <>
          "and #{inspect(value2)} is less than #{inspect(delta)})"
      else
        "Expected the difference between #{inspect(value1)} and " <>
          "#{inspect(value2)} (#{inspect(diff)}) to be more than #{inspect(delta)}"
      end

    refute(diff < delta, message)
  end

  defmacro catch_throw(expression), do: do_catch(:throw, expression)
  defmacro catch_exit(expression), do: do_catch(:exit, expression)
  defmacro catch_error(expression), do: do_catch(:error, expression)

  defp do_catch(kind, expr) do
    quote do
      try do
        _ = unquote(expr)
        flunk("Expected to catch #{unquote(kind)}, got nothing")
      rescue
        e in [ExUnit.AssertionError] ->
          reraise(e, __STACKTRACE__)
      catch
        unquote(kind), we_got -> we_got
      end
    end
  end

  defmacro refute_receive(pattern, timeout \\ nil, failure_message \\ nil) do
    do_refute_receive(pattern, timeout, failure_message)
  end

  defmacro refute_received(pattern, failure_message \\ nil) do
    do_refute_receive(pattern, 0, failure_message)
  end

  defp do_refute_receive(pattern, timeout, failure_message) do
    receive_clause = refute_receive_clause(pattern, failure_message)

    quote do
      timeout = ExUnit.Assertions.__timeout__(unquote(timeout), :refute_receive_timeout)

      receive do
        unquote(receive_clause)
      after
        timeout -> false
      end
    end
  end

  defp refute_receive_clause(pattern, nil) do
    binary = Macro.to_string(pattern)

    quote do
      unquote(pattern) = actual ->
        flunk("Unexpectedly received message #{inspect(actual)} (which matched #{unquote(binary)})")
    end
  end

  defp refute_receive_clause(pattern, failure_message) do
    quote do
      unquote(pattern) -> flunk(unquote(failure_message))
    end
  end

  def flunk(message \\ "Flunked!") when is_binary(message) do
    assert(false, message: message)
  end
end
