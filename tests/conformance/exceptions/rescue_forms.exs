defmodule Main do
  def classify(f) do
    try do
      f.()
      :no_error
    rescue
      ArgumentError -> :argument
      [KeyError, MatchError] -> :key_or_match
      e in [ArithmeticError] -> {:arith, Exception.message(e)}
      e in RuntimeError -> {:runtime, e.message}
      _ -> :other
    end
  end

  def run do
    IO.inspect(classify(fn -> :ok end))
    IO.inspect(classify(fn -> raise ArgumentError end))
    IO.inspect(classify(fn -> elem({}, Enum.count([])) end))
    IO.inspect(classify(fn -> Map.fetch!(%{}, :x) end))
    IO.inspect(classify(fn -> {:a} = {:b} end))
    IO.inspect(classify(fn -> 1 / 0 end))
    IO.inspect(classify(fn -> raise "rt" end))
    IO.inspect(classify(fn -> raise Enum.EmptyError end))
    IO.inspect(classify(fn -> hd([]) end))
  end
end

Main.run()
