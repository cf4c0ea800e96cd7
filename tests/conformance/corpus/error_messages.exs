# Exceptions raised by common mistakes, as small projects' tests meet them
# (assert_raise and rescue clauses match the struct and the message).
defmodule S do
  defstruct [:a]
end

defmodule M do
  def f(1), do: 1

  def run do
    tries = [
      fn -> raise "plain" end,
      fn -> raise ArgumentError end,
      fn -> raise ArgumentError, "bad arg" end,
      fn -> raise KeyError, key: :k end,
      fn -> Map.fetch!(%{}, :x) end,
      fn -> Keyword.fetch!([a: 1], :b) end,
      fn -> f(2) end,
      fn -> Enum.map(1, & &1) end,
      fn -> to_string(%S{}) end,
      fn -> div(1, 0) end,
      fn -> hd([]) end,
      fn -> elem({1}, 3) end,
      fn -> String.to_integer("x") end,
      fn -> [a] = Enum.to_list(1..2); a end,
      fn -> %S{} |> Map.fetch!(:b) end,
      fn -> struct!(S, b: 1) end,
      fn -> Enum.fetch!([1], 5) end,
      fn -> apply(M, :nope, []) end,
      fn -> Enum.reduce([], &+/2) end,
      fn -> Enum.max([]) end,
      fn -> Integer.pow(2, -1) end,
      fn -> Integer.pow(0, -3) end,
      fn -> exit(:normal) end,
      fn -> throw(:t) end
    ]

    for t <- tries do
      try do
        t.()
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      catch
        k, v -> IO.puts("caught #{inspect(k)} #{inspect(v)}")
      end
    end

    IO.inspect(Integer.pow(3, 0))
    IO.inspect(Integer.pow(-2, 63))
  end
end

M.run()
