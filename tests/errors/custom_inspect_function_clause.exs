defmodule Secret do
  defstruct [:value]

  defimpl Inspect do
    import Inspect.Algebra
    def inspect(%{value: v}, opts), do: concat(["#Secret<", to_doc(v * 0, opts), ">"])
  end
end

defmodule Vault do
  def open(%Secret{value: v}) when v > 0, do: v
end

defmodule Main do
  def run do
    IO.puts(Vault.open(%Secret{value: 1}))
    Vault.open(%Secret{value: -1})
  end
end

Main.run()
