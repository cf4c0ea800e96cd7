# Literal strings, <> prefixes and binaries in one clause list.
defmodule S do
  def cmd("get"), do: :get
  def cmd("put"), do: :put
  def cmd("delete"), do: :delete
  def cmd("post"), do: :post
  def cmd("head"), do: :head
  def cmd("options"), do: :options
  def cmd("get " <> key), do: {:get, key}
  def cmd("put " <> rest) do
    case split_space(rest, "") do
      {k, v} -> {:put, k, v}
      k -> {:put, k, nil}
    end
  end
  def cmd(<<c, _::binary>>) when c in ?0..?9, do: :number
  def cmd(""), do: :empty
  def cmd(s) when is_binary(s), do: {:unknown, s}

  defp split_space(<<" ", rest::binary>>, acc), do: {acc, rest}
  defp split_space(<<c, rest::binary>>, acc), do: split_space(rest, acc <> <<c>>)
  defp split_space(<<>>, acc), do: acc

  def ext(name) do
    case name do
      ".ex" -> :elixir
      ".exs" -> :script
      ".erl" -> :erlang
      ".md" -> :markdown
      ".txt" -> :text
      "" -> :none
      other -> {:other, other}
    end
  end
end

for s <- ["get", "put", "delete", "post", "head", "options", "get a", "put k v", "put k", "9lives", "", "zzz", "GET"] do
  IO.inspect(S.cmd(s))
end
for f <- [".ex", ".exs", ".erl", ".md", ".txt", "", ".json"], do: IO.inspect(S.ext(f))
try do
  S.cmd(:get)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
