defmodule Known do
  def hello, do: "hello"
end

IO.puts(Known.hello())
IO.puts(Unknown.thing())
