defmodule M do
  def f(:a), do: 1
  def g(x) when is_integer(x) and x > 0, do: x
  def h(a, b \\ 2), do: a + b
end
defmodule Main do
  def run do
    cases = [
      fn -> M.f(:b) end,
      fn -> M.g(-1) end,
      fn -> M.h() end,
      fn -> M.nope() end,
      fn -> Nope.nope(1) end,
      fn -> (fn x when x > 1 -> x end).(0) end,
      fn -> case 5 do 1 -> :one end end,
      fn -> cond do false -> 1 end end,
      fn -> {a, b} = {1, 2, 3}; a + b end,
      fn -> [h | _] = []; h end,
      fn -> "abc" <> rest = "xyz"; rest end,
      fn -> x = 1; ^x = 2 end,
      fn -> %{a: a} = %{b: 1}; a end,
      fn -> 1 + nil end,
      fn -> :foo.bar() end,
      fn -> elem({1, 2}, 2) end,
      fn -> put_elem({1}, 1, :x) end,
      fn -> tuple_size([]) end,
      fn -> Map.get(:not_map, :a) end,
      fn -> %{} |> Map.fetch!(:missing) end,
      fn -> List.to_tuple(:x) end,
      fn -> raise KeyError, key: :k, term: %{} end,
      fn -> raise ArithmeticError end,
      fn -> raise BadMapError, term: 1 end,
      fn -> raise RuntimeError end,
      fn -> raise "with #{:interp}" end,
      fn -> :erlang.error(:custom_reason) end,
      fn -> :erlang.error({:tuple, :reason}) end,
      fn -> throw(:x) end,
    ]
    for {c, i} <- Enum.with_index(cases) do
      try do
        c.()
      rescue
        e -> IO.puts "#{i} #{inspect e.__struct__}: #{Exception.message(e)}"
      catch
        k, v -> IO.puts "#{i} caught #{inspect k}: #{inspect v}"
      end
    end
  end
end
Main.run()
