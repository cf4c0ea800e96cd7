defmodule Account do
  defstruct [:id, balance: 0, history: []]

  defmodule InsufficientFunds do
    defexception [:needed, :available]

    @impl true
    def message(%{needed: n, available: a}), do: "insufficient funds: need #{n}, have #{a}"
  end

  def deposit(%Account{} = acc, amount) when is_integer(amount) and amount > 0 do
    %{acc | balance: acc.balance + amount, history: [{:deposit, amount} | acc.history]}
  end

  def withdraw(%Account{balance: b} = acc, amount) when amount <= b do
    {:ok, %{acc | balance: b - amount, history: [{:withdraw, amount} | acc.history]}}
  end

  def withdraw(%Account{balance: b}, amount) do
    {:error, %InsufficientFunds{needed: amount, available: b}}
  end

  def withdraw!(acc, amount) do
    case withdraw(acc, amount) do
      {:ok, acc} -> acc
      {:error, e} -> raise e
    end
  end
end

defmodule Main do
  def run do
    acc = %Account{id: 1} |> Account.deposit(100) |> Account.deposit(50)
    IO.inspect acc
    {:ok, acc2} = Account.withdraw(acc, 30)
    IO.inspect acc2.balance
    IO.inspect Account.withdraw(acc2, 1000)

    try do
      Account.withdraw!(acc2, 500)
    rescue
      e in Account.InsufficientFunds -> IO.puts "rescued: " <> Exception.message(e)
    end

    result =
      with {:ok, a} <- Account.withdraw(acc, 10),
           {:ok, b} <- Account.withdraw(a, 20),
           {:ok, c} <- Account.withdraw(b, 10_000) do
        c
      else
        {:error, %Account.InsufficientFunds{} = e} -> {:failed, e.needed}
      end

    IO.inspect result

    try do
      Account.deposit(acc, -5)
    rescue
      e -> IO.puts Exception.message(e)
    end

    try do
      raise "plain"
    rescue
      e in RuntimeError -> IO.inspect e
    after
      IO.puts "after ran"
    end

    for {kind, amount} <- Enum.reverse(acc.history), do: IO.puts("#{kind}: #{amount}")
    IO.inspect for x <- 1..10//3, y <- [x, x * 2], rem(y, 2) == 0, do: {x, y}
    IO.inspect for <<c <- "hello">>, c != ?l, into: "", do: <<c - 32>>
    IO.inspect for x <- [1, 2, 3], into: %{}, do: {x, x * x}
    IO.inspect Enum.to_list(10..1//-3)
    IO.inspect 1..10//2 |> Enum.sum()
    IO.inspect Range.new(1, 9, 4)
    IO.puts "#{1.5} #{100} #{:atom} #{"str"} #{[?a, ?b]}"
    IO.puts "float: #{0.1 + 0.2} #{1.0e20} #{2.0e-7} #{-0.0}"








  end
end
Main.run()
