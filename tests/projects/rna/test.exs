defmodule RNATest do
  use ExUnit.Case
  doctest RNA

  test "transcribes all" do
    assert RNA.to_rna(~c"ACGTGGTCTTAA") == ~c"UGCACCAGAAUU"
  end

  test "raises on bad input" do
    assert_raise ArgumentError, "invalid nucleotide 90", fn -> RNA.to_rna(~c"Z") end
  end
end
