defmodule E do
  @enforce_keys [:k]
  defstruct [:k, :v]
end

IO.puts("before")

defmodule M do
  def f, do: %E{v: 1}
end
