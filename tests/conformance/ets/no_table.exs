t = :ets.new(:gone, [])
:ets.delete(t)
calls = [
  {"lookup", fn -> :ets.lookup(t, 1) end},
  {"insert", fn -> :ets.insert(t, {1}) end},
  {"insert_new", fn -> :ets.insert_new(t, {1}) end},
  {"member", fn -> :ets.member(t, 1) end},
  {"delete/2", fn -> :ets.delete(t, 1) end},
  {"delete_object", fn -> :ets.delete_object(t, {1}) end},
  {"delete_all_objects", fn -> :ets.delete_all_objects(t) end},
  {"tab2list", fn -> :ets.tab2list(t) end},
  {"first", fn -> :ets.first(t) end},
  {"next", fn -> :ets.next(t, 1) end},
  {"last", fn -> :ets.last(t) end},
  {"select", fn -> :ets.select(t, [{:_, [], [:"$_"]}]) end},
  {"select_count", fn -> :ets.select_count(t, [{:_, [], [true]}]) end},
  {"match", fn -> :ets.match(t, :"$1") end},
  {"match_object", fn -> :ets.match_object(t, :_) end},
  {"update_counter", fn -> :ets.update_counter(t, 1, 1) end},
  {"update_element", fn -> :ets.update_element(t, 1, {2, 1}) end},
  {"take", fn -> :ets.take(t, 1) end},
  {"lookup_element", fn -> :ets.lookup_element(t, 1, 1) end},
  {"foldl", fn -> :ets.foldl(fn _, a -> a end, 0, t) end},
  {"info", fn -> :ets.info(t) end},
  {"whereis", fn -> :ets.whereis(:gone) end},
  {"not a table", fn -> :ets.lookup("x", 1) end},
]
for {name, f} <- calls do
  try do
    IO.inspect({name, f.()})
  rescue
    e -> IO.puts("#{name}: #{inspect(e.__struct__)} #{Exception.message(e) |> String.split("\n") |> Enum.at(2)}")
  end
end
