# A ~r with literal contents is a %Regex{} built once; it matches as any other.
defmodule SigilLit do
  def r, do: ~r/a+b/i
  def words(s), do: Regex.scan(~r/\w+/u, s)
end
IO.inspect(SigilLit.r())
IO.inspect(SigilLit.r() == SigilLit.r())
IO.inspect(Regex.match?(SigilLit.r(), "xAAB"))
IO.inspect(SigilLit.words("héllo wörld"))
IO.inspect(SigilLit.r().source)
IO.inspect(SigilLit.r().opts)
IO.inspect(Regex.regex?(~r/x/))
IO.inspect(for s <- ["a1", "b", "c22"], String.match?(s, ~r/\d/), do: s)
x = "z"
IO.inspect(Regex.match?(~r/#{x}+/, "zzz"))
IO.inspect(Regex.replace(~r/(\d)/, "a1b2", "<\\1>"))
IO.inspect(~r/a/ |> Regex.source())
try do
  Regex.compile!("(")
rescue
  e -> IO.inspect(e)
end
