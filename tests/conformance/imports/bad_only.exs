defmodule Small do
  def f, do: 1
end

try do
  defmodule Bad do
    import Small, only: :bogus
  end
rescue
  CompileError -> IO.puts("compile error")
end
