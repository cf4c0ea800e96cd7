defmodule Echo do
  def echo(pid, msg), do: send(pid, {:echo, msg})
end
