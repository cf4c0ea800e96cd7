defmodule M do
  @re ~r/^(\w+)@(\w+)\.com$/
  def parse(email), do: Regex.run(@re, email, capture: :all_but_first)
  def valid?(s), do: s =~ ~r/^\d+$/
  def cap(s), do: Regex.replace(~r/\b(\w)/, s, fn _, c -> String.upcase(c) end)
end
IO.inspect M.parse("joe@example.com")
IO.inspect M.parse("nope")
IO.inspect M.valid?("123")
IO.inspect M.valid?("12a")
IO.inspect M.cap("hello big world")
pid = self()
spawn(fn -> send(pid, {:re, ~r/x+/i}) end)
receive do
  {:re, r} -> IO.inspect({r, Regex.run(r, "aXXb")})
end
IO.inspect Enum.map(1..3, fn _ -> Regex.match?(~r/a/, "a") end)
