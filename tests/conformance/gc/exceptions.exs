# Errors thrown with heap data in their reasons; the reason survives the
# collections that happen before it is rescued and inspected.
defmodule Seq do
  def upto(a, b) when a > b, do: []
  def upto(a, b), do: [a | upto(a + 1, b)]
end

defmodule Raiser do
  def go(n) do
    data = Seq.upto(1, n)
    if rem(n, 2) == 0 do
      raise ArgumentError, "list of #{length(data)}"
    else
      throw({:list, "list of #{length(data)} ending in #{List.last(data)}", data})
    end
  end

  def loop(0, acc), do: acc
  def loop(n, acc) do
    msg =
      try do
        go(rem(n, 50) + 1)
      rescue
        ArgumentError -> "argument error"
      catch
        {:list, msg, data} -> {msg, length(data)}
      end
    loop(n - 1, [msg | acc])
  end
end

msgs = Raiser.loop(2000, [])
IO.puts(length(msgs))
IO.puts(hd(msgs))
IO.inspect(List.last(msgs))
r =
  try do
    throw({:big, Seq.upto(1, 1000)})
  catch
    {:big, l} -> Enum.sum(l)
  end
IO.puts(r)
