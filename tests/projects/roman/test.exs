defmodule RomanTest do
  use ExUnit.Case

  for {n, expected} <- [{1, "I"}, {4, "IV"}, {9, "IX"}, {1990, "MCMXC"}, {2024, "MMXXIV"}] do
    @n n
    @expected expected
    test "#{n} is #{expected}" do
      assert Roman.numeral(@n) == @expected
    end
  end
end
