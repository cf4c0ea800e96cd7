t = :ets.new(:c, [:set])
:ets.insert(t, {:hits, 0, 100})
IO.inspect(:ets.update_counter(t, :hits, 1))
IO.inspect(:ets.update_counter(t, :hits, 10))
IO.inspect(:ets.update_counter(t, :hits, -3))
IO.inspect(:ets.update_counter(t, :hits, {3, 5}))
IO.inspect(:ets.update_counter(t, :hits, [{2, 1}, {3, -1}]))
IO.inspect(:ets.update_counter(t, :hits, {2, 100, 50, 0}))
IO.inspect(:ets.update_counter(t, :hits, {3, -200, 0, 7}))
IO.inspect(:ets.lookup(t, :hits))
IO.inspect(:ets.update_counter(t, :new, 5, {:new, 10}))
IO.inspect(:ets.update_counter(t, :other, {2, 2}, {:ignored, 1, 1}))
IO.inspect(:ets.lookup(t, :other))
IO.inspect(:ets.update_counter(t, :big, 1, {:big, 9_999_999_999_999_999_999}))
IO.inspect(:ets.update_element(t, :hits, {3, :changed}))
IO.inspect(:ets.update_element(t, :hits, [{2, :a}, {3, :b}]))
IO.inspect(:ets.lookup(t, :hits))
IO.inspect(:ets.update_element(t, :missing, {2, 1}))
for op <- [{9, 1}, {1, 1}, :x, {2, :x}, [{2, 1}, {9, 9}]] do
  try do
    IO.inspect(:ets.update_counter(t, :new, op))
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
try do
  :ets.update_element(t, :hits, {9, 1})
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(:ets.lookup(t, :new))
