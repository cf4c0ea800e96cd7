defmodule Helpers do
  def twice(x), do: x * 2
  def thrice(x), do: x * 3
end

defmodule Kit do
  defmacro __using__(_opts) do
    quote do
      import Helpers, only: [twice: 1]
      def kit?, do: true
    end
  end
end

defmodule App do
  use Kit
  def run(x), do: twice(x) + 1
end

IO.inspect(App.run(5))
IO.inspect(App.kit?())
