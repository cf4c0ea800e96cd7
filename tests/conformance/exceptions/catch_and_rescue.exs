defmodule Main do
  def run(f) do
    try do
      f.()
    rescue
      e in RuntimeError -> {:rescued, e.message}
    catch
      :throw, v -> {:thrown, v}
      :exit, v -> {:exited, v}
    else
      v -> {:ok, v}
    after
      IO.puts("after")
    end
  end
end

IO.inspect(Main.run(fn -> 1 end))
IO.inspect(Main.run(fn -> raise "boom" end))
IO.inspect(Main.run(fn -> throw(:ball) end))
IO.inspect(Main.run(fn -> exit(:bye) end))
