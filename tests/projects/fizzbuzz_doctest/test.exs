defmodule FizzBuzzTest do
  use ExUnit.Case, async: true
  doctest FizzBuzz

  test "fifteen" do
    assert FizzBuzz.upto(15) |> List.last() == "FizzBuzz"
  end
end
