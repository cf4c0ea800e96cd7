defmodule PingerTest do
  use ExUnit.Case, async: true

  test "pong" do
    pid = Pinger.start(self())
    send(pid, {:ping, 1})
    assert_receive {:pong, 1}
    send(pid, {:ping, 2})
    assert_receive {:pong, n}, 500
    assert n == 2
    send(pid, :stop)
    assert_receive :stopped
    refute_receive {:pong, _}, 10
  end

  test "received" do
    send(self(), {:hello, "world"})
    assert_received {:hello, who}
    assert who == "world"
    refute_received :anything
  end
end
