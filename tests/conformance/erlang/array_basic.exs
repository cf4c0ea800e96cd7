# :array: the record OTP builds, growth, defaults and fixed arrays.
a = :array.new()
IO.inspect a
IO.inspect {:array.size(a), :array.default(a), :array.is_fix(a), :array.is_array(a)}
a = :array.set(0, :x, a)
IO.inspect a
a = :array.set(17, :y, a)
IO.inspect a, limit: :infinity
a = :array.set(250, :z, a)
IO.inspect a, limit: :infinity
IO.inspect {:array.get(17, a), :array.get(16, a), :array.get(1000, a), :array.size(a)}
IO.inspect :array.new(20, default: 0)
IO.inspect :array.new(size: 5, fixed: false, default: :d)
IO.inspect :array.new([{:default, 1}, 3])
IO.inspect :array.new(:fixed)
f = :array.new(5)
IO.inspect {:array.is_fix(f), :array.size(f)}
IO.inspect :array.set(4, :last, f)
try do
  :array.set(5, :over, f)
rescue
  e -> IO.inspect(e)
end
try do
  :array.get(5, f)
rescue
  e -> IO.inspect(e)
end
IO.inspect :array.relax(f)
IO.inspect :array.fix(:array.from_list([1, 2]))
IO.inspect :array.resize(25, :array.from_list([1, 2])), limit: :infinity
IO.inspect :array.resize(1, :array.from_list([1, 2]))
IO.inspect :array.resize(:array.set(7, 1, :array.new()))
IO.inspect :array.reset(1, :array.from_list([1, 2, 3]))
IO.inspect :array.reset(10, :array.from_list([1, 2, 3]))
IO.inspect :array.is_array({:array, 1})
for bad <- [fn -> :array.new(-1) end, fn -> :array.new(:bogus) end, fn -> :array.size(:x) end, fn -> :array.get(-1, :array.new()) end] do
  try do
    bad.()
  rescue
    e -> IO.inspect(e)
  end
end
