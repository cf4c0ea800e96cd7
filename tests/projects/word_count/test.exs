defmodule WordCountTest do
  use ExUnit.Case
  doctest WordCount

  test "one word" do
    assert WordCount.count("word") == %{"word" => 1}
  end

  test "punctuation and case" do
    assert WordCount.count("Go, go GO!") == %{"go" => 3}
  end

  test "empty" do
    assert WordCount.count("") == %{}
  end
end
