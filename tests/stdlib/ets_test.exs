defmodule EtsTest do
  use ExUnit.Case, async: true

  test "a set table" do
    t = :ets.new(:ets_test_set, [:set, :public])
    assert :ets.insert(t, [{:a, 1}, {:b, 2}])
    assert :ets.lookup(t, :a) == [{:a, 1}]
    assert :ets.insert_new(t, {:a, 3}) == false
    assert :ets.update_counter(t, :b, 10) == 12
    assert :ets.update_counter(t, :c, 1, {:c, 0}) == 1
    assert Enum.sort(:ets.tab2list(t)) == [a: 1, b: 12, c: 1]
    assert :ets.info(t, :size) == 3
    assert :ets.delete(t)
    assert :ets.info(t) == :undefined
  end

  test "ordered sets and match specifications" do
    t = :ets.new(:ets_test_os, [:ordered_set])
    :ets.insert(t, for(i <- 1..10, do: {i, i * i}))
    assert :ets.first(t) == 1
    assert :ets.next(t, 5) == 6
    assert :ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$2", 50}], [:"$1"]}]) == [8, 9, 10]
    assert :ets.match(t, {:"$1", 4}) == [[2]]
    assert :ets.select_count(t, [{{:_, :"$1"}, [{:<, :"$1", 10}], [true]}]) == 3
  end

  test "bags keep every object" do
    t = :ets.new(:ets_test_bag, [:duplicate_bag])
    :ets.insert(t, [{:k, 1}, {:k, 1}, {:k, 2}])
    assert :ets.lookup(t, :k) == [{:k, 1}, {:k, 1}, {:k, 2}]
  end

  test "a table dies with its owner" do
    parent = self()
    pid = spawn(fn ->
      :ets.new(:ets_test_owned, [:named_table, :public])
      send(parent, :made)
      receive do: (:stop -> :ok)
    end)
    assert_receive :made
    assert :ets.whereis(:ets_test_owned) != :undefined
    ref = Process.monitor(pid)
    send(pid, :stop)
    assert_receive {:DOWN, ^ref, _, _, _}
    assert :ets.whereis(:ets_test_owned) == :undefined
  end

  test "errors" do
    assert_raise ArgumentError, ~r/the table identifier does not refer to an existing ETS table/, fn ->
      :ets.lookup(:ets_test_missing, 1)
    end
  end
end
