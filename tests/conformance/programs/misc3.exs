defmodule Tokenizer do
  @token_re ~r/\s*(?:(\d+\.?\d*)|(.))/
  def tokens(s), do: Regex.scan(@token_re, s, capture: :all_but_first) |> Enum.map(&to_token/1)
  defp to_token([num]), do: {:num, elem(Float.parse(num), 0)}
  defp to_token(["", op]), do: {:op, op}
end
IO.inspect(Tokenizer.tokens("3.5 + 4*(2 - 1)"))
config = %{pattern: ~r/^[a-z]+$/i, name: "cfg"}
IO.inspect(config)
IO.inspect(Regex.match?(config.pattern, "Hello"))
date_re = ~r/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/
case Regex.named_captures(date_re, "due 2023-11-05") do
  %{"y" => y, "m" => m, "d" => d} -> IO.puts("#{d}/#{m}/#{y}")
  nil -> IO.puts("no date")
end
IO.inspect(String.split("a1b22c", ~r/\d+/, include_captures: true))
IO.inspect(Regex.replace(~r/(?<word>\w+)/, "hello world", "<\\1>"))
IO.inspect(String.replace("snake_case_name", ~r/_(\w)/, fn "_" <> c -> String.upcase(c) end))
emails = ["a@b.com", "bad", "x.y@z.org"]
IO.inspect(Enum.filter(emails, &(&1 =~ ~r/^[\w.]+@\w+\.\w+$/)))
IO.inspect(Regex.scan(~r/\b\w/, "the quick brown") |> List.flatten() |> Enum.join())
