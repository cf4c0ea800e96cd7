defmodule CounterTest do
  use ExUnit.Case

  setup_all do
    pid = Counter.start()
    on_exit(fn -> :ok end)
    %{shared: pid}
  end

  setup do
    pid = Counter.start()
    %{counter: pid}
  end

  test "shared process is alive", %{shared: shared} do
    assert Process.alive?(shared)
    Counter.increment(shared)
    assert Counter.get(shared) >= 1
  end

  test "fresh counter", %{counter: c} do
    assert Counter.get(c) == 0
    Counter.increment(c)
    Counter.increment(c)
    assert Counter.get(c) == 2
  end

  test "shared process still alive", %{shared: shared} do
    assert Process.alive?(shared)
  end
end
