defmodule BankAccount do
  @moduledoc "A bank account as an immutable struct."
  defstruct balance: 0, history: []

  def new, do: %BankAccount{}

  def deposit(%BankAccount{} = acc, amount) when amount > 0 do
    %{acc | balance: acc.balance + amount, history: [{:deposit, amount} | acc.history]}
  end

  def withdraw(%BankAccount{balance: b}, amount) when amount > b, do: {:error, :insufficient_funds}

  def withdraw(%BankAccount{} = acc, amount) do
    {:ok, %{acc | balance: acc.balance - amount, history: [{:withdraw, amount} | acc.history]}}
  end
end
