defmodule RangeStreamTest do
  use ExUnit.Case, async: true

  test "ranges" do
    assert Enum.to_list(1..5//2) == [1, 3, 5]
    assert Enum.to_list(3..1) == [3, 2, 1]
    assert 2 in 1..3
    assert Range.size(1..10) == 10
  end

  test "streams are lazy" do
    stream = Stream.map([1, 2, 3], fn x -> send(self(), x); x * 2 end)
    refute_received _
    assert Enum.to_list(stream) == [2, 4, 6]
    assert_received 1
    assert Stream.iterate(1, &(&1 * 2)) |> Enum.take(5) == [1, 2, 4, 8, 16]
    assert Stream.cycle([:a, :b]) |> Enum.take(3) == [:a, :b, :a]
  end

  test "access" do
    data = %{a: [%{b: 1}, %{b: 2}]}
    assert get_in(data, [:a, Access.at(1), :b]) == 2
    assert put_in(data, [:a, Access.all(), :b], 0) == %{a: [%{b: 0}, %{b: 0}]}
    assert update_in(data.a, &length/1) == %{a: 2}
  end
end
