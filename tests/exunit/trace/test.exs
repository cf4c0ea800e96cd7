defmodule BobTest do
  use ExUnit.Case

  test "stating something" do
    assert Bob.hey("Tom-ay-to, tom-aaaah-to.") == "Whatever."
  end

  @tag :pending
  test "asking a question" do
    assert Bob.hey("Does this cryogenic chamber make me look fat?") == "Sure."
  end

  describe "silence" do
    @tag :pending
    test "spaces" do
      assert Bob.hey("   ") == "Fine. Be that way!"
    end
  end
end
