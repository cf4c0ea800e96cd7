defmodule Hooks do
  defmacro __before_compile__(_env) do
    quote do
      def hooked, do: :added_at_the_end
      def count, do: length(names())
    end
  end
end

defmodule Target do
  @before_compile Hooks
  def names, do: [:a, :b, :c]
end

IO.inspect(Target.hooked())
IO.inspect(Target.count())
