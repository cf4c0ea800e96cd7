defmodule Hanoi do
  def moves(0, _from, _to, _via), do: 0

  def moves(n, from, to, via) do
    moves(n - 1, from, via, to) + 1 + moves(n - 1, via, to, from)
  end

  def show(0, _from, _to, _via), do: :ok

  def show(n, from, to, via) do
    show(n - 1, from, via, to)
    IO.puts("move disk #{n} from #{from} to #{to}")
    show(n - 1, via, to, from)
  end
end

Hanoi.show(3, :a, :c, :b)
IO.puts("20 disks: #{Hanoi.moves(20, :a, :c, :b)} moves")
