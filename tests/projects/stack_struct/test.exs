defmodule StackTest do
  use ExUnit.Case, async: true

  @values [1, 2, 3]

  defp build(values), do: Enum.reduce(values, Stack.new(), &Stack.push(&2, &1))

  test "push and pop" do
    s = build(@values)
    assert Stack.size(s) == 3
    assert {:ok, 3, s} = Stack.pop(s)
    assert {:ok, 2, _} = Stack.pop(s)
  end

  test "pop empty" do
    assert Stack.pop(Stack.new()) == {:error, :empty}
    refute Stack.size(Stack.new()) > 0
  end

  test "struct fields" do
    assert %Stack{items: []} = Stack.new()
    assert match?(%Stack{}, build([1]))
  end
end
