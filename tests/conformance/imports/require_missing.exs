IO.puts("one")

defmodule R do
  require Nope
end
