defmodule C do
  @base 10
  defstruct size: @base * 2, items: Enum.to_list(1..3), name: String.Chars.to_string(:abc)
end
defmodule M do
  def run do
    IO.inspect(%C{})
    c = %C{size: 1}
    IO.inspect(c)
    case c do
      %C{size: s} when s > 0 -> IO.puts("positive")
      _ -> IO.puts("other")
    end
    s = %C{}
    %{size: sz} = s
    IO.inspect(sz)
    IO.inspect(Map.merge(s, %{size: 3}))
  end
end
M.run()
