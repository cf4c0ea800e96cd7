defmodule Oops do
  defexception [:code]
  def message(e), do: "oops code #{e.code}"
end

defmodule Runner do
  def go(code), do: raise(Oops, code: code)
end

Runner.go(7)
