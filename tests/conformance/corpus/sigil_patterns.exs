# Kernel's sigils are literals, so they are allowed in patterns.
defmodule SigilMatch do
  def kind(~c""), do: :empty_charlist
  def kind(~c"ab"), do: :ab
  def kind(~C"x\n"), do: :raw_charlist
  def kind(~s"str"), do: :string
  def kind(~S(raw\t)), do: :raw_string
  def kind(~w(a b)), do: :words
  def kind(~w(x y)a), do: :atoms
  def kind(~w(p q)c), do: :charlists
  def kind(_), do: :other

  def prefix(~s"id:" <> rest), do: rest
  def prefix(_), do: nil
end

IO.inspect(SigilMatch.kind(''))
IO.inspect(SigilMatch.kind('ab'))
IO.inspect(SigilMatch.kind([?x, ?\\, ?n]))
IO.inspect(SigilMatch.kind("str"))
IO.inspect(SigilMatch.kind("raw\\t"))
IO.inspect(SigilMatch.kind(["a", "b"]))
IO.inspect(SigilMatch.kind([:x, :y]))
IO.inspect(SigilMatch.kind(['p', 'q']))
IO.inspect(SigilMatch.kind(:nope))
IO.inspect(SigilMatch.prefix("id:42"))
IO.inspect(SigilMatch.prefix("other"))

case 'hello' do
  ~c"hello" -> IO.puts("case matched a charlist sigil")
  _ -> IO.puts("no")
end

~w(one two) = ["one", "two"]
IO.puts("match with ~w works")

try do
  ~c"abc" = 'abd'
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
