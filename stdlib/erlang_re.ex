# :re.replace/3,4 and :re.split/2,3 as OTP 25's re.erl writes them, over
# the native :re.run/3 (runtime/builtins/regex.cpp; compile, run, inspect
# and version are native).
defmodule :re do
  def replace(subject, re, replacement), do: replace(subject, re, replacement, [])

  def replace(subject, re, replacement, options) when is_list(options) do
    {convert, run_options} = repl_params(options, :iodata, [])
    unicode = unicode?(re, options)
    flat = to_bin(subject, unicode)
    repl = precomp_repl(to_bin(replacement, unicode))

    result =
      case run_plain_badarg(flat, re, [{:capture, :all, :index} | run_options]) do
        :nomatch -> subject
        {:match, [mlist | t]} when is_list(mlist) -> do_mlist(flat, flat, 0, repl, [mlist | t])
        {:match, slist} -> do_mlist(flat, flat, 0, repl, [slist])
      end

    case convert do
      :iodata -> result
      :binary -> if unicode, do: :unicode.characters_to_binary(result), else: :erlang.iolist_to_binary(result)
      :list -> if unicode, do: :unicode.characters_to_list(result), else: :erlang.binary_to_list(:erlang.iolist_to_binary(result))
    end
  end

  # re:replace and re:split raise a plain badarg where run/3 names an argument.
  defp run_plain_badarg(subject, re, options) do
    :re.run(subject, re, options)
  rescue
    ArgumentError -> :erlang.error(:badarg)
  end

  defp repl_params([], convert, acc), do: {convert, :lists.reverse(acc)}
  defp repl_params([{:return, r} | t], _, acc) when r in [:iodata, :list, :binary], do: repl_params(t, r, acc)
  defp repl_params([{:capture, _} | _], _, _), do: :erlang.error(:badarg)
  defp repl_params([{:capture, _, _} | _], _, _), do: :erlang.error(:badarg)
  defp repl_params([h | t], convert, acc), do: repl_params(t, convert, [h | acc])
  defp repl_params(_, _, _), do: :erlang.error(:badarg)

  defp unicode?({:re_pattern, _, 1, _, _}, _), do: true
  defp unicode?({:re_pattern, _, 0, _, _}, _), do: false
  defp unicode?(_, options), do: :lists.member(:unicode, options)

  defp to_bin(data, _) when is_binary(data), do: data

  defp to_bin(data, true) do
    case :unicode.characters_to_binary(data) do
      bin when is_binary(bin) -> bin
      _ -> :erlang.error(:badarg)
    end
  end

  defp to_bin(data, false), do: :erlang.iolist_to_binary(data)

  defp do_mlist(_, <<>>, _, _, []), do: []
  defp do_mlist(_, subject, _, _, []), do: subject

  defp do_mlist(whole, subject, pos, repl, [[{mpos, _} | _] | _] = list) when mpos > pos do
    eat = mpos - pos
    <<untouched::binary-size(eat), rest::binary>> = subject
    [untouched | do_mlist(whole, rest, mpos, repl, list)]
  end

  defp do_mlist(whole, subject, pos, repl, [[{pos, count} | _] = sub | tail]) do
    <<_::binary-size(count), rest::binary>> = subject
    [do_replace(whole, repl, sub) | do_mlist(whole, rest, pos + count, repl, tail)]
  end

  defp do_replace(_, [bin], _) when is_binary(bin), do: bin

  defp do_replace(subject, repl, subexprs) do
    subexprs = :erlang.list_to_tuple(subexprs)

    for item <- repl do
      cond do
        not is_integer(item) ->
          item

        item >= tuple_size(subexprs) ->
          <<>>

        true ->
          case elem(subexprs, item) do
            {spos, _} when spos < 0 -> <<>>
            {spos, slen} -> binary_part(subject, spos, slen)
          end
      end
    end
  end

  defp precomp_repl(<<>>), do: []

  defp precomp_repl(<<?\\, ?g, ?{, rest::binary>>) when byte_size(rest) > 0 do
    {ns, <<?}, nrest::binary>>} = pick_int(rest)
    [:erlang.list_to_integer(ns) | precomp_repl(nrest)]
  end

  defp precomp_repl(<<?\\, ?g, rest::binary>>) when byte_size(rest) > 0 do
    {ns, nrest} = pick_int(rest)
    [:erlang.list_to_integer(ns) | precomp_repl(nrest)]
  end

  defp precomp_repl(<<?\\, x, rest::binary>>) when x < ?1 or x > ?9, do: prepend(x, precomp_repl(rest))

  defp precomp_repl(<<?\\, rest::binary>>) when byte_size(rest) > 0 do
    {ns, nrest} = pick_int(rest)
    [:erlang.list_to_integer(ns) | precomp_repl(nrest)]
  end

  defp precomp_repl(<<?&, rest::binary>>), do: [0 | precomp_repl(rest)]
  defp precomp_repl(<<x, rest::binary>>), do: prepend(x, precomp_repl(rest))

  defp prepend(x, [bhead | t]) when is_binary(bhead), do: [<<x, bhead::binary>> | t]
  defp prepend(x, other), do: [<<x>> | other]

  defp pick_int(<<x, r::binary>>) when x >= ?0 and x <= ?9 do
    {found, rest} = pick_int(r)
    {[x | found], rest}
  end

  defp pick_int(bin), do: {[], bin}

  def split(subject, re), do: split(subject, re, [])

  def split(subject, re, options) when is_list(options) do
    {run_options, convert, limit, strip, group} = split_params(options, [], :iodata, -1, false, false)
    unicode = unicode?(re, options)
    flat = to_bin(subject, unicode)

    {compiled, num_sub} =
      case re do
        {:re_pattern, n, _, _, _} ->
          {re, n}

        _ ->
          case :re.compile(re, for(o <- run_options, compile_option?(o), do: o)) do
            {:ok, {:re_pattern, n, _, _, _} = compiled} -> {compiled, n}
            {:error, {reason, at}} -> :vial.badarg(2, "could not parse regular expression\n#{reason} on character #{at}")
          end
      end

    run_options = for o <- run_options, not compile_option?(o), do: o

    case run_plain_badarg(flat, compiled, [{:capture, :all, :index}, :global | run_options]) do
      :nomatch ->
        if group, do: convert_split([[flat]], convert, unicode, true), else: convert_split([flat], convert, unicode, false)

      {:match, matches} ->
        res = do_split(flat, 0, matches, num_sub, limit, group)
        res = if strip, do: backstrip(res, group), else: res
        convert_split(res, convert, unicode, group)
    end
  end

  @compile_options [:unicode, :anchored, :caseless, :dollar_endonly, :dotall, :extended, :firstline,
                    :multiline, :no_auto_capture, :dupnames, :ungreedy, :bsr_anycrlf, :bsr_unicode,
                    :no_start_optimize, :ucp, :never_utf]

  defp compile_option?({:newline, _}), do: true
  defp compile_option?(o), do: o in @compile_options

  defp split_params([], acc, c, l, s, g), do: {:lists.reverse(acc), c, l, s, g}
  defp split_params([{:return, r} | t], acc, _, l, s, g) when r in [:iodata, :list, :binary], do: split_params(t, acc, r, l, s, g)
  defp split_params([{:parts, 0} | t], acc, c, _, _, g), do: split_params(t, acc, c, -1, true, g)
  defp split_params([{:parts, n} | t], acc, c, _, _, g) when is_integer(n) and n >= 1, do: split_params(t, acc, c, n - 1, false, g)
  defp split_params([{:parts, :infinity} | t], acc, c, _, _, g), do: split_params(t, acc, c, -1, false, g)
  defp split_params([:trim | t], acc, c, _, _, g), do: split_params(t, acc, c, -1, true, g)
  defp split_params([:group | t], acc, c, l, s, _), do: split_params(t, acc, c, l, s, true)
  defp split_params([{:capture, _} | _], _, _, _, _, _), do: :erlang.error(:badarg)
  defp split_params([{:capture, _, _} | _], _, _, _, _, _), do: :erlang.error(:badarg)
  defp split_params([:global | _], _, _, _, _, _), do: :erlang.error(:badarg)
  defp split_params([h | t], acc, c, l, s, g), do: split_params(t, [h | acc], c, l, s, g)
  defp split_params(_, _, _, _, _, _), do: :erlang.error(:badarg)

  defp do_split(subj, off, _, _, 0, false), do: [rest_of(subj, off)]
  defp do_split(subj, off, _, _, 0, true), do: [[rest_of(subj, off)]]
  defp do_split(subj, off, [], _, _, false), do: [rest_of(subj, off)]
  defp do_split(subj, off, [], _, _, true), do: [[rest_of(subj, off)]]

  defp do_split(subj, off, [[{off, 0} | _] | t], num_sub, limit, group),
    do: do_split(subj, off, t, num_sub, limit, group)

  defp do_split(subj, offset, [[{main_i, main_l} | sub] | t], num_sub, limit, group) do
    new_offset = main_i + main_l
    keep = binary_part(subj, offset, main_i - offset)
    piece = [keep | dig_subexpr(subj, [], sub, num_sub)]
    rest = do_split(subj, new_offset, t, num_sub, limit - 1, group)
    if group, do: [piece | rest], else: piece ++ rest
  end

  defp rest_of(subj, off), do: binary_part(subj, off, byte_size(subj) - off)

  defp dig_subexpr(_, acc, [], 0), do: :lists.reverse(acc)
  defp dig_subexpr(subj, acc, [], n), do: dig_subexpr(subj, [<<>> | acc], [], n - 1)
  defp dig_subexpr(subj, acc, [{-1, 0} | t], n), do: dig_subexpr(subj, [<<>> | acc], t, n - 1)
  defp dig_subexpr(subj, acc, [{i, l} | t], n), do: dig_subexpr(subj, [binary_part(subj, i, l) | acc], t, n - 1)

  defp backstrip(list, false), do: backstrip_empty(list)
  defp backstrip(list, true), do: backstrip_g(list)

  defp backstrip_g([]), do: []

  defp backstrip_g([h]) do
    case backstrip_empty(h) do
      [] -> []
      _ -> [h]
    end
  end

  defp backstrip_g([h | t]) do
    case backstrip_g(t) do
      [] ->
        case backstrip_empty(h) do
          [] -> []
          _ -> [h]
        end

      other ->
        [h | other]
    end
  end

  defp backstrip_empty([]), do: []
  defp backstrip_empty([<<>>]), do: []

  defp backstrip_empty([<<>> | t]) do
    case backstrip_empty(t) do
      [] -> []
      other -> [<<>> | other]
    end
  end

  defp backstrip_empty([h | t]), do: [h | backstrip_empty(t)]

  defp convert_split(list, type, uni, true), do: for(part <- list, do: convert_split(part, type, uni, false))
  defp convert_split(list, :list, true, false), do: for(e <- list, do: :unicode.characters_to_list(e))
  defp convert_split(list, :list, false, false), do: for(e <- list, do: :erlang.binary_to_list(e))
  defp convert_split(list, _, _, false), do: list
end
