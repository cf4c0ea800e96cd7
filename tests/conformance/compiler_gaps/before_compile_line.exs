# The env __before_compile__ receives: the module, and the defmodule's line.
defmodule Hook do
  defmacro __before_compile__(env) do
    IO.inspect {env.module, env.line, env.function, Path.basename(env.file)}
    quote do
      def hooked, do: unquote(env.line)
    end
  end
end

defmodule WithHook do
  @before_compile Hook

  def a, do: 1
end

IO.inspect WithHook.hooked()

defmodule Outer do
  defmodule Inner do
    @before_compile Hook
  end
end

IO.inspect Outer.Inner.hooked()
