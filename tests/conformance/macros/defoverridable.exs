defmodule Greeting do
  defmacro __using__(_) do
    quote do
      def greet(name), do: "Hello, " <> name
      def size, do: 1
      defoverridable greet: 1, size: 0
    end
  end
end

defmodule Custom do
  use Greeting
  def greet(name), do: super(name) <> "!"
end

defmodule Other do
  use Greeting
  def size, do: super() + 10
end

IO.puts(Custom.greet("Ann"))
IO.inspect(Custom.size())
IO.puts(Other.greet("Bob"))
IO.inspect(Other.size())
