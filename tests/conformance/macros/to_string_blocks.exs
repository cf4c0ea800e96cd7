f = fn q -> IO.puts(Macro.to_string(q)) end

f.(quote do
  case x do
    {:ok, v} when is_integer(v) -> v
    {:error, _} = e ->
      log(e)
      nil
  end
end)

f.(quote do
  fn
    0 -> :zero
    n when n > 0 -> :pos
  end
end)

f.(quote do
  cond do
    a > 1 -> :big
    true -> :small
  end
end)

f.(quote do
  def add(a, b) do
    sum = a + b
    sum * 2
  end
end)

f.(quote do
  try do
    risky()
  rescue
    e -> e
  after
    cleanup()
  end
end)

f.(quote do
  unless ok?, do: fail()
end)
