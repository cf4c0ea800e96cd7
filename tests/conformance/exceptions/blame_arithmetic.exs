for {f, args} <- [{:+, [1, :a]}, {:-, [:a]}, {:div, [1, 0]}, {:band, [1, :x]}, {:bnot, [:x]}, {:*, [2, "s"]}] do
  try do
    apply(:erlang, f, args)
  rescue
    e ->
      {b, _} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.message(b))
  end
end
{r, _} = Exception.blame(:exit, :foo, [])
IO.inspect(r)
{e, _} = Exception.blame(:error, :badarg, [])
IO.inspect(e)
