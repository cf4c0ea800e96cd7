defmodule DateTest do
  use ExUnit.Case, async: true

  test "new and sigils" do
    assert Date.new(2024, 2, 29) == {:ok, ~D[2024-02-29]}
    assert Date.new(2023, 2, 29) == {:error, :invalid_date}
    assert %Date{year: 2024, month: 1, day: 31} = ~D[2024-01-31]
    assert inspect(~D[2024-01-31]) == "~D[2024-01-31]"
    assert to_string(~D[-0001-12-31]) == "-0001-12-31"
  end

  test "arithmetic" do
    assert Date.add(~D[2024-02-28], 1) == ~D[2024-02-29]
    assert Date.add(~D[2024-12-31], 1) == ~D[2025-01-01]
    assert Date.diff(~D[2024-03-01], ~D[2024-02-01]) == 29
    assert Date.compare(~D[2024-01-01], ~D[2023-12-31]) == :gt
    assert Enum.sort([~D[2024-02-01], ~D[2024-01-01]], Date) == [~D[2024-01-01], ~D[2024-02-01]]
  end

  test "calendar facts" do
    assert Date.day_of_week(~D[2024-01-01]) == 1
    assert Date.day_of_year(~D[2024-12-31]) == 366
    assert Date.leap_year?(~D[2000-01-01])
    refute Date.leap_year?(~D[1900-01-01])
    assert Date.end_of_month(~D[2024-02-10]) == ~D[2024-02-29]
    assert Date.beginning_of_week(~D[2024-01-04]) == ~D[2024-01-01]
    assert Date.quarter_of_year(~D[2024-08-01]) == 3
  end

  test "ISO 8601 and Erlang tuples" do
    assert Date.from_iso8601("2024-01-31") == {:ok, ~D[2024-01-31]}
    assert Date.from_iso8601("2024-13-01") == {:error, :invalid_date}
    assert Date.to_iso8601(~D[2024-01-31], :basic) == "20240131"
    assert Date.to_erl(~D[2024-01-31]) == {2024, 1, 31}
    assert Date.from_erl!({2024, 1, 31}) == ~D[2024-01-31]
  end

  test "ranges" do
    range = Date.range(~D[2024-01-30], ~D[2024-02-02])
    assert Enum.count(range) == 4
    assert ~D[2024-02-01] in range
    assert Enum.map(range, & &1.day) == [30, 31, 1, 2]
    assert inspect(range) == "Date.range(~D[2024-01-30], ~D[2024-02-02])"
  end

  test "errors" do
    assert_raise ArgumentError, "cannot build date, reason: :invalid_date", fn -> Date.new!(2024, 2, 30) end
    assert_raise ArgumentError, ~s(cannot parse "x" as date, reason: :invalid_format), fn ->
      Date.from_iso8601!("x")
    end
  end
end
