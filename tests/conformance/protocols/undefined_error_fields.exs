defprotocol Show do
  def show(x)
end

defmodule Thing do
  defstruct [:id]
end

defmodule Main do
  def run do
    for v <- [1, 2.5, "bin", 'cl', [1, 2], {:a}, %{k: 1}, nil, true, %Thing{id: 1}, 1..3] do
      try do
        Show.show(v)
      rescue
        e in Protocol.UndefinedError ->
          IO.inspect({e.protocol, e.value, e.description})
          IO.puts(Exception.message(e))
      end
    end

    e = %Protocol.UndefinedError{protocol: Show, value: 3, description: "custom"}
    IO.puts(Exception.message(e))
    IO.inspect(Exception.exception?(e))
  end
end

Main.run()
