defmodule NoUsing do
  def f, do: 1
end

try do
  defmodule U do
    use NoUsing
  end
rescue
  UndefinedFunctionError -> IO.puts("no __using__")
end
