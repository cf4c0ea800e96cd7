defmodule TempTest do
  use ExUnit.Case
  @moduletag :temperature

  describe "c_to_f/1" do
    @describetag :celsius
    test "freezing" do
      assert Temp.c_to_f(0) == 32.0
    end

    @tag :boiling
    test "boiling", %{boiling: true, celsius: true, temperature: true} do
      assert Temp.c_to_f(100) == 212.0
    end
  end

  describe "f_to_c/1" do
    test "body", context do
      refute Map.has_key?(context, :celsius)
      assert_in_delta Temp.f_to_c(98.6), 37.0, 0.01
    end
  end

  @tag skip: "not yet"
  test "skipped" do
    flunk("should not run")
  end
end
