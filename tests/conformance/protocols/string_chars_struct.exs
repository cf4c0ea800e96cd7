defmodule Money do
  defstruct cents: 0, currency: "EUR"
end

defimpl String.Chars, for: Money do
  def to_string(%Money{cents: c, currency: cur}), do: "#{div(c, 100)}.#{rem(c, 100)} #{cur}"
end

defmodule Plain do
  defstruct x: 1
end

defmodule Main do
  def run do
    m = %Money{cents: 1234}
    IO.puts(to_string(m))
    IO.puts("price: #{m}")
    IO.puts(String.Chars.to_string(m))
    IO.inspect(String.Chars.impl_for(m))
    IO.inspect(String.Chars.impl_for(%Plain{}))
    IO.puts(Enum.map([m, %Money{cents: 5, currency: "USD"}], &to_string/1))

    try do
      "#{%Plain{}}"
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
