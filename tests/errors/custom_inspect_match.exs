defmodule Secret do
  defstruct [:value]

  defimpl Inspect do
    def inspect(_s, _opts), do: "#Secret<redacted>"
  end
end

defmodule Vault do
  def open(%Secret{value: v}) when v > 0, do: v
end

defmodule Main do
  def run do
    IO.puts(Vault.open(%Secret{value: 1}))
    {:ok, _} = Enum.reverse([%Secret{value: 2}])
  end
end

Main.run()
