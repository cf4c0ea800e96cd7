defmodule A do
  import Nope
end
