defmodule Deep.Nested.Impl do
  def hello, do: "hello from impl"
end

defmodule Other.Impl do
  def hello, do: "hello from other"
end

defmodule AliasMacros do
  alias Deep.Nested.Impl

  defmacro call_impl do
    quote do: Impl.hello()
  end
end

defmodule AliasCaller do
  require AliasMacros
  alias Other.Impl

  def macro_version, do: AliasMacros.call_impl()
  def local_version, do: Impl.hello()
end

IO.puts(AliasCaller.macro_version())
IO.puts(AliasCaller.local_version())
