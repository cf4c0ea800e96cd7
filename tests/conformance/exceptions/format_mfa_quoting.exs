# Exception.format_mfa/3 and format_stacktrace_entry/1 quote names as Elixir does.
IO.puts(Exception.format_mfa(Foo, :"test x", 1))
IO.puts(Exception.format_mfa(Foo, :bar, 1))
IO.puts(Exception.format_mfa(Foo, :+, 2))
IO.puts(Exception.format_mfa(Foo, :"-foo/1-fun-0-", 1))
IO.puts(Exception.format_mfa(Foo, :"-test x/1-fun-0-", 1))
IO.puts(Exception.format_mfa(:erlang, :apply, [1, 2]))
IO.puts(Exception.format_mfa(Foo, :Bar, 0))
IO.puts(Exception.format_mfa(Foo, :foo?, 0))
IO.puts(Exception.format_mfa(Foo, :nil, 0))
IO.puts(Exception.format_mfa(Foo, :"é", 0))
IO.puts(Exception.format_mfa(Foo, :"-a b/2-lc$^0/1-0-", 1))
IO.puts(Exception.format_mfa(:"foo bar", :baz, 1))
IO.puts(Exception.format_mfa(Foo, :"test x", ["a", :b]))
IO.puts(Exception.format_mfa(Foo, :"-f/1-fun-0-", [1]))
IO.puts(Exception.format_stacktrace_entry({Foo, :"test x", 1, [file: 'a.ex', line: 3]}))
IO.puts(Exception.format_stacktrace_entry({Foo, :"-test x/1-fun-0-", 2, [file: 'a.ex', line: 3]}))
IO.puts(Exception.format_stacktrace_entry({Foo, :"test x", [1, "a"], []}))
IO.puts(Exception.format_stacktrace_entry({Foo, :__FILE__, 1, [file: 'a.exs', line: 1]}))
IO.puts(Exception.format_stacktrace_entry({Foo, :__MODULE__, 0, [file: 'a.ex', line: 1]}))
try do
  apply(Foo, :"test x", [1])
rescue
  e -> IO.puts(Exception.message(e))
end
defmodule Quoted do
  def unquote(:"with space")(x) when is_integer(x), do: x
end
try do
  Quoted."with space"(:a)
rescue
  e -> IO.puts(Exception.format_stacktrace_entry(hd(__STACKTRACE__)) |> String.replace(~r/^.*: /, ""))
end
