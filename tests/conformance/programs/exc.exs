defmodule ValidationError do
  defexception [:field, :reason]
  @impl true
  def message(%{field: f, reason: r}), do: "validation failed on #{f}: #{r}"
end

defmodule NotFound do
  defexception message: "resource not found", id: nil
end

defmodule Repo do
  def fetch(1), do: {:ok, %{id: 1, name: "one"}}
  def fetch(id), do: raise(NotFound, id: id)
  def fetch!(id) do
    try do
      fetch(id)
    rescue
      e in NotFound -> reraise %{e | message: "no record #{e.id}"}, __STACKTRACE__
    end
  end
end

results =
  for f <- [fn -> raise ValidationError, field: :email, reason: "blank" end,
            fn -> Repo.fetch(2) end,
            fn -> Repo.fetch!(3) end,
            fn -> raise "plain" end,
            fn -> 1 / 0 end,
            fn -> :erlang.error(:badarg) end,
            fn -> Map.fetch!(%{}, :k) end,
            fn -> String.to_integer("zz") end,
            fn -> List.first(:x) end,
            fn -> elem({}, 1) end,
            fn -> throw(:ball) end,
            fn -> exit(:gone) end,
            fn -> Enum.at(nil, 1) end,
            fn -> apply(String, :nope, []) end,
            fn -> %{} = :not_a_map end] do
    try do
      f.()
    rescue
      e -> {:rescued, e.__struct__, Exception.message(e)}
    catch
      kind, value -> {:caught, kind, value}
    end
  end

Enum.each(results, &IO.inspect/1)

try do
  raise ArgumentError
rescue
  e -> IO.inspect(e)
after
  IO.puts("after runs")
end

defmodule Safe do
  def divide(a, b) do
    {:ok, a / b}
  rescue
    ArithmeticError -> {:error, :zero}
  end
end
IO.inspect(Safe.divide(1, 0))
IO.inspect(Safe.divide(1, 4))
e = RuntimeError.exception("custom")
IO.inspect(e)
IO.inspect(Exception.format(:error, e))
raise ValidationError, field: :x, reason: "final"
