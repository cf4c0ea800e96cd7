defmodule StringUnicodeTest do
  use ExUnit.Case, async: true

  test "full case mapping" do
    assert String.upcase("straße") == "STRASSE"
    assert String.upcase("ﬁ") == "FI"
    assert String.downcase("İ") == "i̇"
    assert String.upcase("iı", :turkic) == "İI"
    assert String.downcase("Iİ", :turkic) == "ıi"
    assert String.downcase("ΣΑΣ ΟΔΟΣ", :greek) == "σας οδος"
    assert String.downcase("ΣΑΣ") == "σασ"
    assert String.capitalize("ǆemal") == "ǅemal"
    assert String.upcase("àb", :ascii) == "àB"
    assert String.upcase(<<0xFF, ?a>>) == <<0xFF, ?A>>
  end

  test "graphemes and normalisation" do
    assert String.graphemes("e\u0301x") == ["e\u0301", "x"]
    assert String.length("🇺🇸👨‍👩‍👧") == 2
    assert String.reverse("e\u0301x") == "xe\u0301"
    assert String.normalize("é", :nfd) == "e\u0301"
    assert String.normalize("e\u0301", :nfc) == "é"
    assert String.equivalent?("man\u0303ana", "mañana")
    refute String.equivalent?("abc", "ABC")
  end

  test "whitespace" do
    assert String.split("a\u2003b\u00A0c") == ["a", "b\u00A0c"]
    assert String.trim("\u00A0 abc\u3000") == "abc"
    assert String.trim_trailing("abc...", ".") == "abc"
    assert String.trim_leading("--abc", "-") == "abc"
  end

  test "distances and differences" do
    assert String.jaro_distance("Dwayne", "Duane") == 0.8222222222222223
    assert String.bag_distance("abc", "acb") == 1.0
    assert String.myers_difference("abc", "adc") == [eq: "a", del: "b", ins: "d", eq: "c"]
  end

  test "erlang text modules" do
    assert :string.trim("  abc  ") == "abc"
    assert :string.split("a,b,c", ",", :all) == ["a", "b", "c"]
    assert :string.uppercase("straße") == "STRASSE"
    assert :unicode.characters_to_binary("é", :utf8, :latin1) == <<233>>
    assert :unicode.characters_to_list("héllo") == 'héllo'
    assert :binary.matches("abcabc", "bc") == [{1, 2}, {4, 2}]
    assert :binary.longest_common_prefix(["abcd", "abce"]) == 3
  end
end
