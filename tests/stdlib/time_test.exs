defmodule TimeTest do
  use ExUnit.Case, async: true

  test "new, sigils and precision" do
    assert Time.new(23, 59, 59, 5000) == {:ok, ~T[23:59:59.005000]}
    assert Time.new(24, 0, 0) == {:error, :invalid_time}
    assert ~T[10:00:00.123].microsecond == {123_000, 3}
    assert inspect(~T[10:00:00.5]) == "~T[10:00:00.5]"
  end

  test "arithmetic wraps around the day" do
    assert Time.add(~T[23:59:59], 1) == ~T[00:00:00]
    assert Time.add(~T[10:00:00.000], 1500, :millisecond) == ~T[10:00:01.500]
    assert Time.diff(~T[10:00:00], ~T[09:30:00], :minute) == 30
    assert Time.compare(~T[10:00:00], ~T[10:00:00.000]) == :eq
    assert Time.truncate(~T[10:00:00.123456], :millisecond) == ~T[10:00:00.123]
  end

  test "conversions" do
    assert Time.from_iso8601("23:50:07,123") == {:ok, ~T[23:50:07.123]}
    assert Time.to_erl(~T[01:02:03]) == {1, 2, 3}
    assert Time.from_seconds_after_midnight(3661) == ~T[01:01:01]
    assert Time.to_seconds_after_midnight(~T[01:01:01.5]) == {3661, 500_000}
  end
end
