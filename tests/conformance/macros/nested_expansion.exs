defmodule Logic do
  defmacro my_and(a, b) do
    quote do
      if unquote(a), do: unquote(b), else: false
    end
  end

  defmacro all3(a, b, c) do
    quote do
      Logic.my_and(unquote(a), Logic.my_and(unquote(b), unquote(c)))
    end
  end
end

defmodule UseLogic do
  require Logic
  def t(a, b, c), do: Logic.all3(a, b, c)
end

IO.inspect(UseLogic.t(true, true, true))
IO.inspect(UseLogic.t(true, nil, true))
IO.inspect(UseLogic.t(1, 2, 3))
