defmodule Greeter do
  defmacro __using__(opts) do
    greeting =
      case opts do
        [greeting: g] -> g
        _ -> "Hello"
      end

    quote do
      def greet(name), do: unquote(greeting) <> ", " <> name
      def greeter?, do: true
    end
  end
end

defmodule English do
  use Greeter
end

defmodule French do
  use Greeter, greeting: "Bonjour"
  def extra, do: greet("monde")
end

IO.puts(English.greet("world"))
IO.puts(French.greet("Marie"))
IO.puts(French.extra())
IO.inspect(English.greeter?())
