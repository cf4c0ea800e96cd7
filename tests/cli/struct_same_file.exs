defmodule B do
  defstruct [:x]
end
IO.inspect %B{x: 1}
