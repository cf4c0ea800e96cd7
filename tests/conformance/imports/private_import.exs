defmodule Secret do
  def open, do: :open
  defp hidden, do: :hidden
  def use_hidden, do: hidden()
end

IO.puts("start")

defmodule TryPrivate do
  import Secret, only: [hidden: 0]
end
