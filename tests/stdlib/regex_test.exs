defmodule RegexTest do
  use ExUnit.Case, async: true

  test "compile and options" do
    assert {:ok, %Regex{}} = Regex.compile("foo")
    assert {:error, {:invalid_option, "z"}} = Regex.compile("foo", "z")
    assert {:error, {'nothing to repeat', 0}} = Regex.compile("*foo")
    assert Regex.opts(~r/a/imsxuU) == "imsxuU"
    assert Regex.source(~r/a\d/) == "a\\d"
    assert Regex.match?(Regex.compile!("foo", [:caseless]), "FOO")
    assert_raise Regex.CompileError, "missing ) at position 4", fn -> Regex.compile!("(abc") end
  end

  test "run and captures" do
    assert Regex.run(~r/c(d|e)/, "abcd") == ["cd", "d"]
    assert Regex.run(~r/c(d|e)/, "abcd", return: :index) == [{2, 2}, {3, 1}]
    assert Regex.run(~r/c(d|e)/, "abcd", capture: :all_but_first) == ["d"]
    assert Regex.run(~r/x/, "abc") == nil
    assert Regex.run(~r/(a)|(b)/, "b") == ["b", "", "b"]
    assert Regex.run(~r/(a)|(b)/, "a") == ["a", "a"]
    assert Regex.run(~r/b/, "abcb", offset: 2, return: :index) == [{3, 1}]
  end

  test "named captures" do
    re = ~r/(?<year>\d{4})-(?<month>\d{2})/
    assert Regex.names(re) == ["month", "year"]
    assert Regex.named_captures(re, "on 2024-03") == %{"month" => "03", "year" => "2024"}
    assert Regex.named_captures(re, "none") == nil
  end

  test "scan, split and replace" do
    assert Regex.scan(~r/c(d|e)/, "abcd abce") == [["cd", "d"], ["ce", "e"]]
    assert Regex.scan(~r/\p{Sc}/u, "$, £, and €") == [["$"], ["£"], ["€"]]
    assert Regex.split(~r{-}, "a-b-c", parts: 2) == ["a", "b-c"]
    assert Regex.split(~r{}, "abc") == ["", "a", "b", "c", ""]
    assert Regex.split(~r{(x)}, "Elixir", include_captures: true) == ["Eli", "x", "ir"]
    assert Regex.replace(~r/a(b|d)c/, "abcadc", "[\\1]") == "[b][d]"
    assert Regex.replace(~r/\.(\d)$/, "500.5", ".\\g{1}0") == "500.50"
    assert Regex.replace(~r/a/, "abcadc", "A", global: false) == "Abcadc"
    assert Regex.replace(~r/(\w+)/, "hi there", fn w -> String.upcase(w) end) == "HI THERE"
  end

  test "modifiers and PCRE features" do
    assert Regex.match?(~r/abc/i, "ABC")
    assert Regex.scan(~r/^\w+$/m, "one\ntwo") == [["one"], ["two"]]
    assert Regex.run(~r/a.c/s, "a\nc") == ["a\nc"]
    assert Regex.run(~r/a+/U, "aaa") == ["a"]
    assert Regex.run(~r/(?<=a)b/, "ab") == ["b"]
    assert Regex.run(~r/\w+/u, "héllo") == ["héllo"]
    assert Regex.run(~r/\w+/, "héllo") == [<<104, 195>>]
  end

  test "escape, inspect and =~" do
    assert Regex.escape("a.b*c") == "a\\.b\\*c"
    assert inspect(~r/foo/i) == "~r/foo/i"
    assert inspect(~r{a/b}) == "~r/a\\/b/"
    assert "foo" =~ ~r/o+/
    refute "foo" =~ ~r/x/
    assert String.split("a1b22c", ~r/\d+/) == ["a", "b", "c"]
  end

  test ":re directly" do
    assert :re.run("abc", "b") == {:match, [{1, 1}]}
    assert :re.run("abc", "z") == :nomatch
    assert :re.replace("abcb", "b", "x", [:global, {:return, :binary}]) == "axcx"
    assert :re.split("a-b-c", "-") == ["a", "b", "c"]
    assert {:ok, mp} = :re.compile("(?<n>x)")
    assert :re.inspect(mp, :namelist) == {:namelist, ["n"]}
  end
end
