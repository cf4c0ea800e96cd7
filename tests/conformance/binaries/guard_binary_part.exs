# binary_part/3 in guards: allowed as in Elixir; bad arguments (out of
# range, not a binary, not an integer) make the guard fail, not raise.
defmodule Prefix do
  def kind(b) when binary_part(b, 0, 2) == "ab", do: :starts_ab
  def kind(b) when binary_part(b, byte_size(b), -2) == "yz", do: :ends_yz
  def kind(b) when is_binary(b) and binary_part(b, 1, 1) == "-", do: :dash_second
  def kind(_), do: :other

  # An error anywhere in a guard fails the whole guard (or included) ...
  def either(b) when binary_part(b, 0, 5) == "hello" or b == "hi", do: :yes
  def either(_), do: :no

  # ... but each `when` alternative is a guard of its own.
  def alt(b) when binary_part(b, 0, 5) == "hello" when b == "hi", do: :yes
  def alt(_), do: :no

  def part(b, s, l) when binary_part(b, s, l) != "", do: {:part, binary_part(b, s, l)}
  def part(_, _, _), do: :failed
end

IO.inspect Enum.map(["abc", "ab", "a", "", "xyz", "yz", "x-y", :atom, 12, 'ab', "abyz"], &Prefix.kind/1)
IO.inspect {Prefix.either("hello world"), Prefix.either("hi"), Prefix.either("hey")}
IO.inspect {Prefix.alt("hello world"), Prefix.alt("hi"), Prefix.alt("hey")}
IO.inspect Prefix.part("hello", 1, 3)
IO.inspect Prefix.part("hello", 5, -2)
IO.inspect Prefix.part("hello", 4, 2)
IO.inspect Prefix.part("hello", -1, 1)
IO.inspect Prefix.part("hello", 0, 0)
IO.inspect Prefix.part("hello", 1.0, 1)
IO.inspect Prefix.part(<<1, 2, 3::4>>, 0, 2)
IO.inspect Prefix.part(<<1, 2, 3::4>>, 0, 1)
IO.inspect Prefix.part(:hello, 0, 1)

# In case, fn and cond-free guards.
classify = fn
  b when binary_part(b, 0, 1) == "#" -> :comment
  b when is_binary(b) -> :line
  _ -> :not_text
end
IO.inspect Enum.map(["# hi", "code", "", 3], classify)
res =
  case "GET /index" do
    req when binary_part(req, 0, 4) == "GET " -> {:get, binary_part(req, 4, byte_size(req) - 4)}
    _ -> :unknown
  end
IO.inspect res
# Sub-binaries work too.
<<_, rest::binary>> = "xabc"
IO.inspect Prefix.kind(rest)
# In a body, bad arguments raise.
for args <- [{"hello", 3, 5}, {"hello", -1, 2}, {:x, 0, 1}, {"hello", 0, :a}] do
  {b, s, l} = args
  try do
    binary_part(b, s, l)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
