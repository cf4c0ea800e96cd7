# Code.compile_string/2 returns the modules it defined; it runs the code
# around them too.
result =
  Code.compile_string("""
  defmodule CV.First do
    def name, do: :first
  end

  IO.puts("top level runs")

  defmodule CV.Second do
    def name, do: CV.First.name()
  end
  """)

IO.inspect(Enum.map(result, fn {mod, bin} -> {mod, is_binary(bin)} end))
IO.inspect(CV.Second.name())
IO.inspect(Code.compile_string("1 + 1"), label: "no modules")

result = Code.compile_quoted(quote do
  defmodule CV.Quoted do
    def hi, do: :hi
  end
end)

IO.inspect(Enum.map(result, &elem(&1, 0)), label: "compile_quoted")
IO.inspect(CV.Quoted.hi())

try do
  Code.compile_string("defmodule CV.Bad do def x, do: end")
rescue
  e -> IO.inspect(e.__struct__)
end
