# Kernel's functions written in the language (imported into every module,
# compiler/lower.cpp kernel_exports). Kernel's other functions are inlined as
# :erlang calls or native (runtime/builtins).
defmodule Kernel do
  # Kernel.apply/2,3 called remotely (calls of apply/2,3 compile to the
  # apply_list instruction directly).
  def apply(fun, args), do: :erlang.apply(fun, args)
  def apply(module, function_name, args), do: :erlang.apply(module, function_name, args)

  # Kernel.inspect/2: the native printer does the work (:vial.inspect/3)
  # unless a struct in the term has an Inspect implementation written in
  # Elixir; then the protocol runs as Elixir's Kernel.inspect/2 runs it
  # (docs/inspect.md).
  def inspect(term) do
    case :vial.inspect(term, [], false) do
      :elixir -> inspect_protocol(term, [])
      text -> text
    end
  end

  def inspect(term, opts) when is_list(opts) do
    case :vial.inspect(term, opts, false) do
      :elixir -> inspect_protocol(term, opts)
      text -> text
    end
  end

  defp inspect_protocol(term, opts) do
    opts = Inspect.Opts.new(opts)

    width =
      case opts.pretty do
        true -> opts.width
        false -> :infinity
      end

    doc = Inspect.Algebra.group(Inspect.Algebra.to_doc(term, opts))
    :vial.format_doc(doc, width, true)
  end

  def struct(struct, fields \\ []) do
    struct_with(struct, fields, fn
      {:__struct__, _val}, acc ->
        acc

      {key, val}, acc ->
        case acc do
          %{^key => _} -> :maps.put(key, val, acc)
          _ -> acc
        end
    end)
  end

  def struct!(struct, fields \\ [])

  def struct!(struct, fields) when is_atom(struct) do
    validate_struct!(struct.__struct__(fields), struct, 1)
  end

  def struct!(struct, fields) when is_map(struct) do
    struct_with(struct, fields, fn
      {:__struct__, _}, acc -> acc
      {key, val}, acc -> Map.replace!(acc, key, val)
    end)
  end

  defp struct_with(struct, [], _fun) when is_atom(struct) do
    validate_struct!(struct.__struct__(), struct, 0)
  end

  defp struct_with(struct, fields, fun) when is_atom(struct) do
    struct_with(validate_struct!(struct.__struct__(), struct, 0), fields, fun)
  end

  defp struct_with(%{__struct__: _} = struct, [], _fun), do: struct

  defp struct_with(%{__struct__: _} = struct, fields, fun) do
    struct_reduce(struct_list(fields), struct, fun)
  end

  defp struct_list(fields) when is_map(fields), do: :maps.to_list(fields)
  defp struct_list(fields), do: fields

  defp struct_reduce([pair | rest], acc, fun), do: struct_reduce(rest, fun.(pair, acc), fun)
  defp struct_reduce([], acc, _fun), do: acc

  defp validate_struct!(%{__struct__: module} = struct, module, _arity), do: struct

  defp validate_struct!(%{__struct__: struct_name}, module, arity) when is_atom(struct_name) do
    raise ArgumentError,
          "expected struct name returned by #{inspect(module)}.__struct__/#{arity} to be " <>
            "#{inspect(module)}, got: #{inspect(struct_name)}"
  end

  defp validate_struct!(expr, module, arity) do
    raise ArgumentError,
          "expected #{inspect(module)}.__struct__/#{arity} to return a map with a :__struct__ " <>
            "key that holds the name of the struct (atom), got: #{inspect(expr)}"
  end

  def is_struct(term) do
    case term do
      %{__struct__: name} when is_atom(name) -> true
      _ -> false
    end
  end

  def is_struct(term, name) when is_atom(name) do
    case term do
      %{__struct__: ^name} -> true
      _ -> false
    end
  end

  def is_exception(term) do
    case term do
      %{__struct__: name, __exception__: true} when is_atom(name) -> true
      _ -> false
    end
  end

  def is_exception(term, name) when is_atom(name) do
    case term do
      %{__struct__: ^name, __exception__: true} -> true
      _ -> false
    end
  end

  # The functions the compiler inlines as :erlang calls (compiler/lower.cpp
  # kKernelImports) exist too, defined as Elixir's Kernel defines them: they
  # are what apply/3, function_exported?/3 and __info__/1 see.
  def left + right, do: :erlang.+(left, right)
  def left - right, do: :erlang.-(left, right)
  def left * right, do: :erlang.*(left, right)
  def left / right, do: :erlang./(left, right)
  def left == right, do: :erlang.==(left, right)
  def left != right, do: :erlang."/="(left, right)
  def left === right, do: :erlang."=:="(left, right)
  def left !== right, do: :erlang."=/="(left, right)
  def left < right, do: :erlang.<(left, right)
  def left > right, do: :erlang.>(left, right)
  def left <= right, do: :erlang."=<"(left, right)
  def left >= right, do: :erlang.>=(left, right)
  def left ++ right, do: :erlang.++(left, right)
  def left -- right, do: :erlang.--(left, right)
  def +value, do: :erlang.+(value)
  def -value, do: :erlang.-(value)
  def not value, do: :erlang.not(value)
  def abs(number), do: :erlang.abs(number)
  def bit_size(bitstring), do: :erlang.bit_size(bitstring)
  def byte_size(bitstring), do: :erlang.byte_size(bitstring)
  def ceil(number), do: :erlang.ceil(number)
  def exit(reason), do: :erlang.exit(reason)
  def floor(number), do: :erlang.floor(number)
  def hd(list), do: :erlang.hd(list)
  def tl(list), do: :erlang.tl(list)
  def is_atom(term), do: :erlang.is_atom(term)
  def is_binary(term), do: :erlang.is_binary(term)
  def is_bitstring(term), do: :erlang.is_bitstring(term)
  def is_boolean(term), do: :erlang.is_boolean(term)
  def is_float(term), do: :erlang.is_float(term)
  def is_function(term), do: :erlang.is_function(term)
  def is_function(term, arity), do: :erlang.is_function(term, arity)
  def is_integer(term), do: :erlang.is_integer(term)
  def is_list(term), do: :erlang.is_list(term)
  def is_map(term), do: :erlang.is_map(term)
  def is_map_key(map, key), do: :erlang.is_map_key(key, map)
  def is_number(term), do: :erlang.is_number(term)
  def is_pid(term), do: :erlang.is_pid(term)
  def is_port(term), do: :erlang.is_port(term)
  def is_reference(term), do: :erlang.is_reference(term)
  def is_tuple(term), do: :erlang.is_tuple(term)
  def length(list), do: :erlang.length(list)
  def map_size(map), do: :erlang.map_size(map)
  def tuple_size(tuple), do: :erlang.tuple_size(tuple)
  def round(number), do: :erlang.round(number)
  def trunc(number), do: :erlang.trunc(number)
  def throw(term), do: :erlang.throw(term)
  def div(dividend, divisor), do: :erlang.div(dividend, divisor)
  def rem(dividend, divisor), do: :erlang.rem(dividend, divisor)
  def max(first, second), do: :erlang.max(first, second)
  def min(first, second), do: :erlang.min(first, second)
  def binary_part(binary, start, size), do: :erlang.binary_part(binary, start, size)
  def elem(tuple, index), do: :erlang.element(:erlang.+(index, 1), tuple)
  def put_elem(tuple, index, value), do: :erlang.setelement(:erlang.+(index, 1), tuple, value)
  def make_ref(), do: :erlang.make_ref()
  def self(), do: :erlang.self()
  def node(), do: :erlang.node()
  def node(arg), do: :erlang.node(arg)

  # Processes (the scheduler's builtins, runtime/builtins/process.cpp).
  def send(dest, message), do: :erlang.send(dest, message)
  def spawn(fun), do: :erlang.spawn(fun)
  def spawn(module, fun, args), do: :erlang.spawn(module, fun, args)
  def spawn_link(fun), do: :erlang.spawn_link(fun)
  def spawn_link(module, fun, args), do: :erlang.spawn_link(module, fun, args)
  def spawn_monitor(fun), do: :erlang.spawn_monitor(fun)
  def spawn_monitor(module, fun, args), do: :erlang.spawn_monitor(module, fun, args)

  # Kernel.=~/2 as Elixir 1.14 defines it.
  def left =~ "" when is_binary(left), do: true

  def left =~ right when is_binary(left) and is_binary(right) do
    :binary.match(left, right) != :nomatch
  end

  def left =~ right when is_binary(left), do: Regex.match?(right, left)

  # Nested access (Elixir 1.14's Kernel.get_in/2, put_in/3, update_in/3,
  # get_and_update_in/3, pop_in/2) through Access.
  def get_in(nil, [_ | _]), do: nil
  def get_in(data, [h]) when is_function(h), do: h.(:get, data, & &1)
  def get_in(data, [h | t]) when is_function(h), do: h.(:get, data, &get_in(&1, t))
  def get_in(data, [h]), do: Access.get(data, h)
  def get_in(data, [h | t]), do: get_in(Access.get(data, h), t)

  def put_in(data, [_ | _] = keys, value) do
    elem(get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)
  end

  def update_in(data, [_ | _] = keys, fun) when is_function(fun) do
    elem(get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end), 1)
  end

  def get_and_update_in(data, [head], fun) when is_function(head, 3), do: head.(:get_and_update, data, fun)

  def get_and_update_in(data, [head | tail], fun) when is_function(head, 3),
    do: head.(:get_and_update, data, &get_and_update_in(&1, tail, fun))

  def get_and_update_in(data, [head], fun) when is_function(fun, 1), do: Access.get_and_update(data, head, fun)

  def get_and_update_in(data, [head | tail], fun) when is_function(fun, 1),
    do: Access.get_and_update(data, head, &get_and_update_in(&1, tail, fun))

  def pop_in(nil, [key | _]) do
    raise ArgumentError, "could not pop key #{inspect(key)} on a nil value"
  end

  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)

  defp pop_in_data(nil, [_ | _]), do: :pop
  defp pop_in_data(data, [fun]) when is_function(fun), do: fun.(:get_and_update, data, fn _ -> :pop end)
  defp pop_in_data(data, [fun | tail]) when is_function(fun), do: fun.(:get_and_update, data, &pop_in_data(&1, tail))
  defp pop_in_data(data, [key]), do: Access.pop(data, key)
  defp pop_in_data(data, [key | tail]), do: Access.get_and_update(data, key, &pop_in_data(&1, tail))

  # Kernel.binary_slice/2,3 (bytes; a negative start counts from the end).
  def binary_slice(binary, start, size)
      when is_binary(binary) and is_integer(start) and is_integer(size) and size >= 0 do
    total = byte_size(binary)
    from = slice_from(start, total)

    if from < total do
      :erlang.binary_part(binary, from, min(size, total - from))
    else
      ""
    end
  end

  def binary_slice(binary, %{__struct__: Range, first: first, last: last, step: step})
      when is_binary(binary) and step > 0 do
    total = byte_size(binary)
    from = slice_from(first, total)
    to = if last < 0, do: last + total, else: last
    count = to - from + 1

    cond do
      from >= total or count <= 0 -> ""
      step == 1 -> :erlang.binary_part(binary, from, min(count, total - from))
      true -> slice_bytes(:erlang.binary_part(binary, from, min(count, total - from)), 0, step, [])
    end
  end

  def binary_slice(binary, %{__struct__: Range} = range) when is_binary(binary) do
    raise ArgumentError,
          "binary_slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
  end

  defp slice_from(start, total) when start < 0, do: max(start + total, 0)
  defp slice_from(start, _total), do: start

  defp slice_bytes(part, at, step, acc) do
    if at < byte_size(part) do
      slice_bytes(part, at + step, step, [:binary.at(part, at) | acc])
    else
      :erlang.list_to_binary(:lists.reverse(acc))
    end
  end

  # Kernel.**/2 as Elixir 1.14 defines it.
  def base ** exponent when is_integer(base) and is_integer(exponent) and exponent >= 0 do
    integer_pow(base, 1, exponent)
  end

  def base ** exponent when is_number(base) and is_number(exponent) do
    :math.pow(base, exponent)
  end

  # Exponentiation by squaring.
  defp integer_pow(_, acc, 0), do: acc
  defp integer_pow(base, acc, exp) when :erlang.band(exp, 1) == 1,
    do: integer_pow(:erlang.*(base, base), :erlang.*(acc, base), :erlang.bsr(exp, 1))
  defp integer_pow(base, acc, exp), do: integer_pow(:erlang.*(base, base), acc, :erlang.bsr(exp, 1))

  # Whether a loaded module exports the function; modules of the library
  # built into vial count as loaded (docs/compat.md).
  def function_exported?(module, function, arity), do: :erlang.function_exported(module, function, arity)

  def macro_exported?(module, macro, arity)
      when is_atom(module) and is_atom(macro) and is_integer(arity) and arity >= 0 and arity <= 255 do
    Code.ensure_loaded?(module) and :erlang.function_exported(module, :__info__, 1) and
      :lists.member({macro, arity}, module.__info__(:macros))
  end

end
