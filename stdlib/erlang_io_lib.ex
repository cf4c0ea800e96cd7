# :io_lib.format/2 and :io.format/1,2,3 as OTP 25's io_lib_format: control
# sequences ~F.P.PadModC (F field width, '-' for left-justified, P precision,
# Pad the padding character, Mod t or l). The result has OTP's shape: each
# plain character as an integer, each control's output as a character list.
# ~p and ~tp print on one line (no line breaks at 80 columns); ~P and ~W
# take their depth argument but print the whole term.
defmodule :io_lib do
  def format(format, args) do
    try do
      fmt = if is_list(format), do: :lists.flatten(format), else: to_fmt(format)
      build(fmt, args, [])
    catch
      :throw, :badfmt -> :erlang.error(:badarg, [format, args])
    end
  end

  def fwrite(format, args), do: format(format, args)

  def write(term), do: :erlang.binary_to_list(:vial.print_erlang(term, :w))
  def print(term), do: :erlang.binary_to_list(:vial.print_erlang(term, :p))
  def write_atom(atom), do: write(atom)
  def write_string(s), do: :erlang.binary_to_list(:vial.print_erlang(:lists.flatten(s), :tp))
  def nl, do: ~c"\n"

  def chars_length(chars), do: length(:lists.flatten(chars))

  defp to_fmt(f) when is_binary(f), do: String.to_charlist(f)
  defp to_fmt(f) when is_atom(f), do: :erlang.atom_to_list(f)
  defp to_fmt(_), do: throw(:badfmt)

  defp build([], [], acc), do: :lists.reverse(acc)
  defp build([], _args, _acc), do: throw(:badfmt)

  defp build([?~ | rest], args, acc) do
    {field, rest, args} = field_width(rest, args)
    {prec, rest, args} = precision(rest, args)
    {pad, rest} = pad_char(rest)
    {unicode, rest} = modifiers(rest, false)

    case rest do
      [c | rest] ->
        {out, args} = control(c, field, prec, pad, unicode, args)
        build(rest, args, if(out == :none, do: acc, else: [out | acc]))

      [] ->
        throw(:badfmt)
    end
  end

  defp build([c | rest], args, acc), do: build(rest, args, [c | acc])

  defp field_width([?- | rest], args) do
    case field_width(rest, args) do
      {nil, _, _} -> throw(:badfmt)
      {n, rest, args} -> {-n, rest, args}
    end
  end

  defp field_width([?* | rest], [n | args]) when is_integer(n), do: {n, rest, args}
  defp field_width([?* | _], _), do: throw(:badfmt)
  defp field_width([d | _] = rest, args) when d in ?0..?9, do: digits(rest, 0, args)
  defp field_width(rest, args), do: {nil, rest, args}

  defp precision([?., ?* | rest], [n | args]) when is_integer(n), do: {n, rest, args}
  defp precision([?., ?* | _], _), do: throw(:badfmt)
  defp precision([?., d | _] = [_ | rest], args) when d in ?0..?9, do: digits(rest, 0, args)
  defp precision([?. | rest], args), do: {nil, rest, args}
  defp precision(rest, args), do: {nil, rest, args}

  defp digits([d | rest], n, args) when d in ?0..?9, do: digits(rest, n * 10 + d - ?0, args)
  defp digits(rest, n, args), do: {n, rest, args}

  defp pad_char([?., c | rest]), do: {c, rest}
  defp pad_char(rest), do: {?\s, rest}

  defp modifiers([?t | rest], _), do: modifiers(rest, true)
  defp modifiers([?l | rest], u), do: modifiers(rest, u)
  defp modifiers(rest, u), do: {u, rest}

  defp control(?n, _f, _p, _pad, _u, args), do: {~c"\n", args}
  defp control(?~, _f, _p, _pad, _u, args), do: {~c"~", args}
  defp control(?i, _f, _p, _pad, _u, [_ | args]), do: {:none, args}

  defp control(?c, f, p, pad, _u, [c | args]) when is_integer(c) do
    n = p || (f && abs(f)) || 1
    {adjust(:lists.duplicate(n, c), f || n, pad), args}
  end

  defp control(?s, f, p, pad, u, [s | args]) do
    chars = string_chars(s, u)
    chars = if p, do: fit(chars, p, pad), else: chars
    {adjust_trunc(chars, f, pad), args}
  end

  defp control(?w, f, _p, pad, _u, [t | args]), do: {term(:w, t, f, pad), args}
  defp control(?p, f, _p, pad, u, [t | args]), do: {term(if(u, do: :tp, else: :p), t, f, pad), args}
  defp control(?W, f, _p, pad, _u, [t, d | args]) when is_integer(d), do: {term(:w, t, f, pad), args}
  defp control(?P, f, _p, pad, u, [t, d | args]) when is_integer(d), do: {term(if(u, do: :tp, else: :p), t, f, pad), args}

  defp control(c, f, p, pad, _u, [n | args]) when c in [?b, ?B] and is_integer(n) do
    base = p || 10
    if base < 2 or base > 36, do: throw(:badfmt)
    s = :erlang.integer_to_list(n, base)
    s = if c == ?b, do: lower(s), else: s
    {adjust_num(s, f, pad), args}
  end

  defp control(c, f, p, pad, _u, [n, prefix | args]) when c in [?x, ?X] and is_integer(n) do
    base = p || 10
    if base < 2 or base > 36, do: throw(:badfmt)
    prefix = prefix_chars(prefix)
    s = :erlang.integer_to_list(abs(n), base)
    s = if c == ?x, do: lower(s), else: s
    s = if n < 0, do: [?- | prefix ++ s], else: prefix ++ s
    {adjust_num(s, f, pad), args}
  end

  defp control(c, f, p, pad, _u, [n | args]) when c in [?#, ?+] and is_integer(n) do
    base = p || 10
    if base < 2 or base > 36, do: throw(:badfmt)
    s = :erlang.integer_to_list(abs(n), base)
    s = if c == ?+, do: lower(s), else: s
    s = :erlang.integer_to_list(base) ++ [?# | s]
    s = if n < 0, do: [?- | s], else: s
    {adjust_num(s, f, pad), args}
  end

  defp control(?f, f, p, pad, _u, [x | args]) when is_float(x) do
    p = p || 6
    if p < 1, do: throw(:badfmt)
    {adjust_num(fixed(x, p), f, pad), args}
  end

  defp control(?e, f, p, pad, _u, [x | args]) when is_float(x) do
    p = p || 6
    if p < 2, do: throw(:badfmt)
    {adjust_num(sci(x, p), f, pad), args}
  end

  defp control(?g, f, p, pad, _u, [x | args]) when is_float(x) do
    p = p || 6
    a = abs(x)
    s = if a >= 0.1 and a < 10000.0, do: fixed(x, max(p - digits_before(a), 1)), else: sci(x, p)
    {adjust_num(s, f, pad), args}
  end

  defp control(_c, _f, _p, _pad, _u, _args), do: throw(:badfmt)

  defp digits_before(a) when a < 1.0, do: 1
  defp digits_before(a), do: length(:erlang.integer_to_list(trunc(a)))

  defp string_chars(s, _u) when is_atom(s), do: :erlang.atom_to_list(s)
  defp string_chars(s, true) when is_binary(s), do: String.to_charlist(IO.chardata_to_string(s))
  defp string_chars(s, false) when is_binary(s), do: :erlang.binary_to_list(s)

  defp string_chars(s, u) when is_list(s) do
    chars = :lists.flatten(s)

    if Enum.all?(chars, &is_integer/1) do
      chars
    else
      if u, do: String.to_charlist(IO.chardata_to_string(s)), else: :erlang.binary_to_list(:erlang.iolist_to_binary(s))
    end
  end

  defp string_chars(_, _), do: throw(:badfmt)

  defp prefix_chars(p) when is_atom(p), do: :erlang.atom_to_list(p)
  defp prefix_chars(p) when is_list(p), do: :lists.flatten(p)
  defp prefix_chars(_), do: throw(:badfmt)

  defp term(mode, t, f, pad) do
    s = String.to_charlist(:vial.print_erlang(t, mode))
    adjust_num(s, f, pad)
  end

  defp lower(s), do: for(c <- s, do: if(c in ?A..?Z, do: c + 32, else: c))

  # Pads to the field width; a field too narrow is filled with '*'.
  defp adjust_num(s, nil, _pad), do: s

  defp adjust_num(s, f, pad) do
    w = abs(f)
    n = length(s)

    cond do
      n > w -> :lists.duplicate(w, ?*)
      f < 0 -> s ++ :lists.duplicate(w - n, pad)
      true -> :lists.duplicate(w - n, pad) ++ s
    end
  end

  # Strings are cut to the field width instead.
  defp adjust_trunc(s, nil, _pad), do: s

  defp adjust_trunc(s, f, pad) do
    w = abs(f)
    n = length(s)

    cond do
      n > w -> Enum.take(s, w)
      f < 0 -> s ++ :lists.duplicate(w - n, pad)
      true -> :lists.duplicate(w - n, pad) ++ s
    end
  end

  defp adjust(s, f, pad), do: adjust_trunc(s, f, pad)

  # A precision on ~s: the string cut or padded (on the right) to p characters.
  defp fit(s, p, pad) do
    n = length(s)
    if n >= p, do: Enum.take(s, p), else: s ++ :lists.duplicate(p - n, pad)
  end

  # ~f: the exact decimal value of the float rounded half up at p decimals.
  defp fixed(x, p), do: :erlang.binary_to_list(:vial.format_fixed(x, p))

  # ~e: p significant digits, exponent without padding (3.14000e+0).
  defp sci(x, p), do: :erlang.binary_to_list(:vial.format_scientific(x, p))
end

defmodule :io do
  def format(format), do: format(format, [])
  def format(format, args), do: put(:standard_io, :io_lib.format(format, args))
  def format(device, format, args), do: put(device, :io_lib.format(format, args))
  def fwrite(format), do: format(format, [])
  def fwrite(format, args), do: format(format, args)
  def fwrite(device, format, args), do: format(device, format, args)

  def put_chars(chars), do: put(:standard_io, chars)
  def put_chars(device, chars), do: put(device, chars)
  def nl, do: put(:standard_io, ~c"\n")
  def nl(device), do: put(device, ~c"\n")
  def write(term), do: put(:standard_io, :io_lib.write(term))
  def write(device, term), do: put(device, :io_lib.write(term))

  def columns, do: {:error, :enotsup}
  def columns(_device), do: {:error, :enotsup}
  def rows, do: {:error, :enotsup}
  def rows(_device), do: {:error, :enotsup}

  # Reading: the device's answer as it gives it (the standard input is a
  # binary, unicode device, as Elixir sets it up).
  def get_line(prompt), do: get_line(:standard_io, prompt)
  def get_line(device, prompt), do: IO.request(device_name(device), {:get_line, :unicode, prompt})
  def get_chars(prompt, count), do: get_chars(:standard_io, prompt, count)

  def get_chars(device, prompt, count) when is_integer(count) and count >= 0,
    do: IO.request(device_name(device), {:get_chars, :unicode, prompt, count})

  def getopts, do: getopts(:standard_io)

  def getopts(device) do
    case :vial.io_target(device_name(device)) do
      :native -> [binary: true, encoding: :unicode]
      pid -> IO.io_request(pid, :getopts)
    end
  end

  def setopts(opts), do: setopts(:standard_io, opts)

  def setopts(device, opts) do
    case :vial.io_target(device_name(device)) do
      :native -> :ok
      pid -> IO.io_request(pid, {:setopts, opts})
    end
  end

  defp put(device, chars) do
    IO.write(device_name(device), IO.chardata_to_string(chars))
    :ok
  end

  defp device_name(:standard_io), do: :stdio
  defp device_name(:standard_error), do: :stderr
  defp device_name(:user), do: :stdio
  defp device_name(other), do: other
end
