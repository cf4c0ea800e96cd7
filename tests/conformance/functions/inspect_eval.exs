# Funs from Code.eval_string are erl_eval's in Elixir.
for src <- ["fn -> 1 end", "fn x -> x end", "fn x, y -> {x, y} end", "fn a, b, c -> [a, b, c] end"] do
  {g, _} = Code.eval_string(src)
  info = Function.info(g)
  IO.inspect({info[:module], info[:name], info[:index], info[:uniq], info[:arity], info[:type]})
  IO.inspect(g)
end
{g, _} = Code.eval_string("&String.upcase/1")
IO.inspect(g)
{h, _} = Code.eval_string("fn x -> x * 2 end")
IO.inspect(h.(21))
