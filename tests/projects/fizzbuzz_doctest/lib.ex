defmodule FizzBuzz do
  @moduledoc """
  FizzBuzz.

      iex> FizzBuzz.say(15)
      "FizzBuzz"
  """

  @doc """
  iex> FizzBuzz.say(3)
  "Fizz"
  iex> FizzBuzz.say(5)
  "Buzz"
  iex> FizzBuzz.say(7)
  "7"
  """
  def say(n) when rem(n, 15) == 0, do: "FizzBuzz"
  def say(n) when rem(n, 3) == 0, do: "Fizz"
  def say(n) when rem(n, 5) == 0, do: "Buzz"
  def say(n), do: Integer.to_string(n)

  @doc """
      iex> FizzBuzz.upto(5)
      ...> |> Enum.join(" ")
      "1 2 Fizz 4 Buzz"
  """
  def upto(n), do: Enum.map(1..n, &say/1)
end
