# __ENV__ inside a quote (its context is the macro's module) is the caller's env
defmodule Delay do
  defmacro exprt(ast) do
    escaped = Macro.escape(ast)

    quote do
      Code.eval_quoted(unquote(escaped), [], __ENV__) |> elem(0)
    end
  end

  defmacro where do
    quote do
      {__ENV__.module, __ENV__.function, __ENV__.line > 0}
    end
  end
end

defmodule User do
  require Delay
  def run, do: Delay.exprt(Enum.sum([1, 2, 3]))
  def at, do: Delay.where()
  def mod, do: Delay.exprt(__MODULE__)
end

IO.inspect(User.run())
IO.inspect(User.at())
IO.inspect(User.mod())
IO.inspect(quote(do: __ENV__))
