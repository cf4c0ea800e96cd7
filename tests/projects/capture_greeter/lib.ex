defmodule Greeter do
  def greet(name), do: IO.puts("Hello, #{name}!")

  def ask do
    name = IO.gets("Name? ") |> String.trim()
    IO.puts("Hi #{name}")
  end

  def warn(msg), do: IO.puts(:stderr, "warning: " <> msg)
end
