defmodule EchoTest do
  use ExUnit.Case

  test "receives" do
    Echo.echo(self(), :hi)
    assert_receive {:echo, :hi}
  end

  test "wrong message" do
    Echo.echo(self(), :hi)
    Echo.echo(self(), %{a: 1})
    assert_receive {:echo, :bye}, 20
  end

  test "empty mailbox" do
    assert_received :nothing
  end

  test "refute" do
    Echo.echo(self(), 1)
    refute_received {:echo, _}
  end
end
