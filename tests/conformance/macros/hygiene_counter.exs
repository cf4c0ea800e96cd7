defmodule Counter do
  defmacro bind(v) do
    quote do
      tmp = unquote(v)
      tmp * 10
    end
  end
end

defmodule UseCounter do
  require Counter

  def f do
    tmp = 1
    a = Counter.bind(2)
    b = Counter.bind(3)
    {tmp, a, b}
  end
end

IO.inspect(UseCounter.f())
