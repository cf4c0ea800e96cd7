defmodule Oops do
  defexception [:code]
  def message(e), do: "oops code #{e.code}"
end

IO.puts("before")
raise Oops, code: 7
