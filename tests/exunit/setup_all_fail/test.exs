defmodule ConfTest do; use ExUnit.Case

  setup_all do
    Conf.load(:bad)
    :ok
  end

  test "one" do
    assert true
  end

  test "two" do
    assert true
  end
end
