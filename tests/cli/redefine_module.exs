defmodule Redef do
  def v, do: 1
end

defmodule Redef do
  def v, do: 2
end

Code.compile_string("defmodule Redef do\n  def v, do: 3\nend")
IO.puts(Redef.v())
