defmodule Calc do
  def tokenize(<<>>), do: []
  def tokenize(<<c, rest::binary>>) when c in ~c" \t", do: tokenize(rest)
  def tokenize(<<c, _::binary>> = s) when c in ?0..?9 do
    {num, rest} = Integer.parse(s)
    [{:num, num} | tokenize(rest)]
  end
  def tokenize(<<c, rest::binary>>) when c in ~c"+-*/()" do
    [{:op, <<c>>} | tokenize(rest)]
  end
  def tokenize(<<c, _::binary>>), do: raise("unexpected character: #{<<c>>}")

  def parse(tokens) do
    {ast, []} = expr(tokens)
    ast
  end

  defp expr(tokens) do
    {left, rest} = term(tokens)
    expr_rest(left, rest)
  end

  defp expr_rest(left, [{:op, op} | rest]) when op in ["+", "-"] do
    {right, rest} = term(rest)
    expr_rest({String.to_atom(op), left, right}, rest)
  end
  defp expr_rest(left, rest), do: {left, rest}

  defp term(tokens) do
    {left, rest} = factor(tokens)
    term_rest(left, rest)
  end

  defp term_rest(left, [{:op, op} | rest]) when op in ["*", "/"] do
    {right, rest} = factor(rest)
    term_rest({String.to_atom(op), left, right}, rest)
  end
  defp term_rest(left, rest), do: {left, rest}

  defp factor([{:num, n} | rest]), do: {n, rest}
  defp factor([{:op, "("} | rest]) do
    {e, [{:op, ")"} | rest]} = expr(rest)
    {e, rest}
  end
  defp factor([{:op, "-"} | rest]) do
    {e, rest} = factor(rest)
    {{:neg, e}, rest}
  end

  def eval(n) when is_integer(n), do: n
  def eval({:neg, e}), do: -eval(e)
  def eval({:+, a, b}), do: eval(a) + eval(b)
  def eval({:-, a, b}), do: eval(a) - eval(b)
  def eval({:*, a, b}), do: eval(a) * eval(b)
  def eval({:/, a, b}), do: div(eval(a), eval(b))
end

for src <- ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * 5"] do
  tokens = Calc.tokenize(src)
  ast = Calc.parse(tokens)
  IO.puts("#{src} => #{inspect(ast)} => #{Calc.eval(ast)}")
end
IO.inspect(Calc.tokenize("12+ 3"))
try do
  Calc.tokenize("1 $ 2")
rescue
  e in RuntimeError -> IO.puts("error: #{e.message}")
end
