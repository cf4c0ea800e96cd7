# Large messages: long lists, deep tuples, big and sub binaries, maps.
defmodule Echo do
  def loop do
    receive do
      {from, term} ->
        send(from, {:echo, term})
        loop()
    end
  end

  def round_trip(pid, term) do
    send(pid, {self(), term})
    receive do
      {:echo, back} -> back
    end
  end
end

pid = spawn(&Echo.loop/0)
list = Enum.to_list(1..100_000)
IO.inspect Echo.round_trip(pid, list) == list
deep = Enum.reduce(1..1_000, :leaf, fn i, acc -> {i, acc} end)
IO.inspect Echo.round_trip(pid, deep) == deep
big = :binary.copy("0123456789", 100_000)
back = Echo.round_trip(pid, big)
IO.inspect {byte_size(back), back == big}
sub = binary_part(big, 12_345, 500_000)
IO.inspect Echo.round_trip(pid, sub) == sub
bits = <<big::binary, 1::3>>
IO.inspect Echo.round_trip(pid, bits) == bits
map = Map.new(1..5_000, &{&1, Integer.to_string(&1)})
IO.inspect Echo.round_trip(pid, map) == map
small_map = %{a: 1, b: [2, 3], c: "four"}
IO.inspect Echo.round_trip(pid, small_map)
# Shared sub-terms arrive equal.
shared = Enum.to_list(1..1_000)
pair = {shared, shared, [shared | shared]}
IO.inspect Echo.round_trip(pid, pair) == pair
# Floats, bignums, negative numbers, atoms, empty things.
misc = [1.5, -0.0, 2 ** 200, -(2 ** 70), :atom, "", [], {}, %{}, <<>>]
IO.inspect Echo.round_trip(pid, misc)
# Closures with captured data still work after the trip.
f = fn x -> x + length(shared) end
g = Echo.round_trip(pid, f)
IO.inspect g.(1)
IO.inspect Echo.round_trip(pid, &Enum.sum/1).([1, 2, 3])
