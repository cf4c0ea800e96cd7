parent = self()
check = fn fun ->
  spawn(fn ->
    r = try do
      {:ok, fun.()}
    rescue
      e -> {:error, Exception.message(e) |> String.split("\n") |> Enum.at(2)}
    end
    send(parent, r)
  end)
  receive do r -> IO.inspect(r) end
end
pub = :ets.new(:pub, [:public])
pro = :ets.new(:pro, [:protected])
pri = :ets.new(:pri, [:private])
for t <- [pub, pro, pri], do: :ets.insert(t, {:k, 1})
for {name, t} <- [public: pub, protected: pro, private: pri] do
  IO.puts(name)
  check.(fn -> :ets.lookup(t, :k) end)
  check.(fn -> :ets.insert(t, {:k, 2}) end)
  check.(fn -> :ets.info(t, :size) end)
  check.(fn -> :ets.delete(t, :k) end)
  check.(fn -> :ets.select(t, [{:_, [], [true]}]) end)
end
IO.inspect(:ets.info(pri, :protection))
IO.inspect(:ets.lookup(pub, :k))
check.(fn -> :ets.delete(pro) end)
check.(fn -> :ets.delete(pub) end)
IO.inspect(:ets.info(pub))
