defmodule Other.Impl do
  def hello, do: "hello from other"
end
defmodule Impl do
  def hello, do: "hello from top"
end
defmodule AliasMacros do
  defmacro call_impl do
    quote do: Impl.hello()
  end
end
defmodule AliasCaller do
  require AliasMacros
  alias Other.Impl
  def macro_version, do: AliasMacros.call_impl()
end
IO.puts(AliasCaller.macro_version())
