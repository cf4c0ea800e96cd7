defmodule FizzBuzz do
  def run(n, limit) when n > limit, do: :ok

  def run(n, limit) do
    IO.puts(word(n))
    run(n + 1, limit)
  end

  defp word(n) do
    if rem(n, 15) == 0 do
      "FizzBuzz"
    else
      if rem(n, 3) == 0 do
        "Fizz"
      else
        if rem(n, 5) == 0, do: "Buzz", else: Integer.to_string(n)
      end
    end
  end
end

FizzBuzz.run(1, 20)
