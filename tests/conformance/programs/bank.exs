defmodule Bank.Account do
  defstruct [:id, :owner, balance: 0, history: []]

  defmodule InsufficientFunds do
    defexception [:needed, :available]

    @impl true
    def message(%{needed: n, available: a}), do: "insufficient funds: needed #{n}, available #{a}"
  end

  def new(id, owner) when is_binary(owner), do: %__MODULE__{id: id, owner: owner}

  def deposit(%__MODULE__{} = acc, amount) when is_integer(amount) and amount > 0 do
    %{acc | balance: acc.balance + amount, history: [{:deposit, amount} | acc.history]}
  end

  def deposit(_acc, amount), do: raise(ArgumentError, "invalid amount: #{inspect(amount)}")

  def withdraw(%__MODULE__{balance: b} = acc, amount) when amount <= b do
    {:ok, %{acc | balance: b - amount, history: [{:withdraw, amount} | acc.history]}}
  end

  def withdraw(%__MODULE__{balance: b}, amount), do: {:error, %InsufficientFunds{needed: amount, available: b}}

  def withdraw!(acc, amount) do
    case withdraw(acc, amount) do
      {:ok, acc} -> acc
      {:error, e} -> raise e
    end
  end
end

defmodule Bank do
  alias Bank.Account

  def run do
    acc = Account.new(1, "Ada") |> Account.deposit(100) |> Account.deposit(50)
    IO.inspect(acc)
    {:ok, acc} = Account.withdraw(acc, 30)
    IO.puts("Balance: #{acc.balance}")
    case Account.withdraw(acc, 1000) do
      {:ok, _} -> IO.puts("unexpected")
      {:error, e} -> IO.puts("Error: " <> Exception.message(e))
    end
    try do
      Account.withdraw!(acc, 500)
    rescue
      e in Account.InsufficientFunds -> IO.puts("rescued #{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
    try do
      Account.deposit(acc, -5)
    rescue
      e in ArgumentError -> IO.puts(e.message)
    end
    acc.history |> Enum.reverse() |> Enum.each(fn {kind, amt} -> IO.puts("#{kind}: #{amt}") end)
    totals = Enum.reduce(acc.history, %{}, fn {k, v}, m -> Map.update(m, k, v, &(&1 + v)) end)
    IO.inspect(totals, label: "totals")
    IO.puts(String.pad_leading(Integer.to_string(acc.balance), 10, ".") <> "|")
  end
end

Bank.run()
