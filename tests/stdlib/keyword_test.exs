defmodule KeywordTest do
  use ExUnit.Case, async: true

  test "get and put" do
    kw = [a: 1, b: 2]
    assert Keyword.get(kw, :a) == 1
    assert Keyword.put(kw, :a, 3) == [a: 3, b: 2]
    assert Keyword.get(kw, :c, :default) == :default
    assert kw[:b] == 2
  end

  test "merge, delete, keys" do
    assert Keyword.merge([a: 1], [b: 2]) == [a: 1, b: 2]
    assert Keyword.delete([a: 1, b: 2, a: 3], :a) == [b: 2]
    assert Keyword.keys(a: 1, b: 2) == [:a, :b]
    assert Keyword.keyword?([a: 1])
    refute Keyword.keyword?([{1, 2}])
  end

  test "fetch!" do
    assert Keyword.fetch!([a: 1], :a) == 1
    assert_raise KeyError, fn -> Keyword.fetch!([a: 1], :b) end
  end
end
