defmodule Plugin do
  defmacro __using__(opts) do
    name = opts[:name]
    level = opts[:level] || 1

    quote do
      @plugin_name unquote(name)
      def plugin_name, do: @plugin_name
      def level, do: unquote(level)
      def describe, do: "#{plugin_name()} at level #{level()}"
    end
  end
end

defmodule Alpha do
  use Plugin, name: "alpha"
end

defmodule Beta do
  use Plugin, name: "beta", level: 5
end

IO.puts(Alpha.describe())
IO.puts(Beta.describe())
