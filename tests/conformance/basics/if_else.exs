defmodule Sign do
  def describe(n) do
    if n < 0 do
      "negative"
    else
      if n == 0 do
        "zero"
      else
        "positive"
      end
    end
  end
end

IO.puts(Sign.describe(-3))
IO.puts(Sign.describe(0))
IO.puts(Sign.describe(42))

x = 5
result = if x > 3, do: "big", else: "small"
IO.puts(result)

nothing = if x > 100, do: "huge"
IO.puts("[#{nothing}]")

unless x > 10 do
  IO.puts("x is at most 10")
end

IO.puts(if true, do: "yes")
IO.puts(if(false, do: "no", else: "else branch"))
