defmodule Main do
  def describe(%Range{first: f, last: l, step: 1}), do: "up #{f} to #{l}"
  def describe(%Range{first: f, last: l, step: -1}), do: "down #{f} to #{l}"
  def describe(%Range{step: s}), do: "stepped by #{s}"

  def run do
    IO.puts(describe(1..4))
    IO.puts(describe(4..1))
    IO.puts(describe(1..9//2))
    IO.inspect(match?(%Range{}, 1..2))
    IO.inspect(match?(%Range{}, [1, 2]))
  end
end

Main.run()
