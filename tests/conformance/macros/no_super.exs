try do
  defmodule NoSuper do
    def f, do: super()
  end
rescue
  CompileError -> IO.puts("compile error")
end
