defmodule Helpers do
  def make(n), do: Enum.to_list(1..n)
end

defmodule UtilTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureIO
  doctest Util, import: true
  @moduletag timeout: 5_000

  @cases [{1, 2}, {2, 4}, {5, 10}]

  for {input, expected} <- @cases do
    test "double #{input}" do
      assert Util.double(unquote(input)) == unquote(expected)
    end
  end

  describe "with named setups" do
    setup [:numbers, :more]

    test "setup list", context do
      assert context[:numbers] == [1, 2, 3]
      assert context.more == :yes
    end
  end

  defp numbers(_context), do: [numbers: Helpers.make(3)]
  defp more(_), do: {:ok, %{more: :yes}}

  test "capture with =~" do
    out = capture_io(fn ->
      IO.puts("hello world")
      IO.write(:stdio, "more")
    end)

    assert out =~ "world"
    assert out =~ ~r/more$/
  end

  test "assert_raise multi-line" do
    assert_raise ArithmeticError, fn ->
      x = :a
      x + 1
    end
  end

  test "timeout tag", %{timeout: t} do
    assert t == 5_000
  end

  test "context keys", context do
    assert context.async == true
    assert context.describe == nil
    assert is_binary(context.file)
    assert context.line > 0
  end
end
