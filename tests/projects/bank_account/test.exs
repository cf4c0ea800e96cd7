defmodule BankAccountTest do
  use ExUnit.Case, async: true

  setup do
    %{account: BankAccount.new() |> BankAccount.deposit(100)}
  end

  test "deposit adds to the balance", %{account: account} do
    assert account.balance == 100
    assert BankAccount.deposit(account, 50).balance == 150
  end

  test "withdraw", %{account: account} do
    assert {:ok, acc} = BankAccount.withdraw(account, 30)
    assert acc.balance == 70
    assert [{:withdraw, 30}, {:deposit, 100}] = acc.history
  end

  test "cannot overdraw", %{account: account} do
    assert BankAccount.withdraw(account, 1000) == {:error, :insufficient_funds}
  end

  test "deposit rejects non-positive amounts", %{account: account} do
    assert_raise FunctionClauseError, fn -> BankAccount.deposit(account, -5) end
  end
end
