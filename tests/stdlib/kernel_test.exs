defmodule KernelTest do
  use ExUnit.Case, async: true

  test "pattern matching and guards" do
    assert {:ok, x} = {:ok, 1}
    assert x == 1
    assert is_atom(:a) and is_binary("b") and is_list([])
    assert match?([_ | _], [1])
  end

  test "inspect and to_string" do
    assert inspect([1, :a, "b"]) == ~s([1, :a, "b"])
    assert inspect(%{a: 1}) == "%{a: 1}"
    assert to_string(:abc) == "abc"
    assert "#{1}-#{:a}" == "1-a"
  end

  test "raise and rescue" do
    assert_raise RuntimeError, "boom", fn -> raise "boom" end
    assert (try do
              raise ArgumentError, "bad"
            rescue
              e in ArgumentError -> e.message
            end) == "bad"
  end

  test "comprehensions and pipes" do
    assert (for x <- 1..3, x > 1, do: x * x) == [4, 9]
    assert 1..5 |> Enum.map(&(&1 * 2)) |> Enum.sum() == 30
  end
end
