b = :ets.new(:b, [:duplicate_bag])
:ets.insert(b, [{:x, 1, :one}, {:x, 2}, {:y, 3, :three}])
IO.inspect(:ets.lookup_element(b, :x, 1))
IO.inspect(:ets.lookup_element(b, :y, 3))
try do
  :ets.lookup_element(b, :x, 3)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :ets.lookup_element(b, :z, 1)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(:ets.member(b, :x))
IO.inspect(:ets.take(b, :x))
IO.inspect(:ets.member(b, :x))
