{v, e} = Regex.version()
IO.inspect is_binary(v)
IO.inspect e
r = ~r/foo/
IO.inspect Regex.recompile(r) == {:ok, r}
IO.inspect Regex.recompile!(r) == r
IO.inspect match?({:re_pattern, _, _, _, _}, Regex.re_pattern(r))
{:re_pattern, n, u, _, _} = Regex.re_pattern(~r/(a)(b)/u)
IO.inspect {n, u}
IO.inspect :re.run("abc", Regex.re_pattern(~r/b/))
old = %{r | re_version: :other}
IO.inspect Regex.run(old, "xfoo")
IO.inspect Regex.names(%{~r/(?<a>x)/ | re_version: :old})
IO.inspect Regex.source(~r/a\d/)
