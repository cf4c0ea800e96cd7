defmodule Runner do
  def go, do: raise("fatal problem")
end

Runner.go()
