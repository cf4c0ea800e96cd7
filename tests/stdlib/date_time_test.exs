defmodule DateTimeTest do
  use ExUnit.Case, async: true

  test "naive date times" do
    ndt = ~N[2024-01-31 23:59:59]
    assert NaiveDateTime.add(ndt, 1) == ~N[2024-02-01 00:00:00]
    assert NaiveDateTime.add(ndt, 1, :day) == ~N[2024-02-01 23:59:59]
    assert NaiveDateTime.diff(~N[2024-02-01 00:00:00], ndt) == 1
    assert NaiveDateTime.to_date(ndt) == ~D[2024-01-31]
    assert NaiveDateTime.from_iso8601("2024-01-31T23:59:59Z") == {:ok, ndt}
    assert NaiveDateTime.to_iso8601(ndt) == "2024-01-31T23:59:59"
  end

  test "UTC date times" do
    dt = ~U[2024-01-31 10:20:30Z]
    assert inspect(dt) == "~U[2024-01-31 10:20:30Z]"
    assert DateTime.to_unix(dt) == 1_706_696_430
    assert DateTime.from_unix!(1_706_696_430) == dt
    assert DateTime.from_iso8601("2024-01-31T11:20:30+01:00") == {:ok, dt, 3600}
    assert DateTime.to_iso8601(dt) == "2024-01-31T10:20:30Z"
    assert DateTime.add(dt, 3600) == ~U[2024-01-31 11:20:30Z]
    assert DateTime.diff(~U[2024-02-01 00:00:00Z], dt, :hour) == 13
  end

  test "only Etc/UTC is known" do
    assert DateTime.now("Europe/Paris") == {:error, :utc_only_time_zone_database}
    assert {:ok, %DateTime{time_zone: "Etc/UTC"}} = DateTime.now("Etc/UTC")
    assert DateTime.shift_zone(~U[2024-01-01 00:00:00Z], "Asia/Tokyo") == {:error, :utc_only_time_zone_database}
  end

  test "strftime" do
    assert Calendar.strftime(~U[2024-01-05 09:07:03Z], "%a %d %b %Y %I:%M %p") == "Fri 05 Jan 2024 09:07 AM"
    assert Calendar.strftime(~D[2024-02-29], "%-m/%-d/%y") == "2/29/24"
    assert_raise ArgumentError, "invalid strftime format: %e", fn -> Calendar.strftime(~D[2024-01-01], "%e") end
  end

  test ":calendar" do
    assert :calendar.day_of_the_week({2024, 1, 31}) == 3
    assert :calendar.gregorian_days_to_date(739_281) == {2024, 1, 31}
    assert :calendar.iso_week_number({2021, 1, 1}) == {2020, 53}
  end
end
