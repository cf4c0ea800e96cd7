defmodule ClockTest do
  use ExUnit.Case
  doctest Clock

  describe "create" do
    test "on the hour" do
      assert Clock.new(8, 0) |> to_string() == "08:00"
    end

    test "negative hour" do
      assert Clock.new(-1, 15) |> to_string() == "23:15"
    end
  end

  describe "add" do
    test "across midnight" do
      assert Clock.new(23, 59) |> Clock.add(2) |> to_string() == "00:01"
    end

    test "equality" do
      assert Clock.new(15, 37) == Clock.new(14, 97)
      refute Clock.new(15, 37) == Clock.new(15, 36)
    end
  end
end
