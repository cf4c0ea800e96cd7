opts = [verbose: true, level: 3, name: "x", level: 5]
IO.inspect Keyword.get(opts, :level)
IO.inspect Keyword.get_values(opts, :level)
IO.inspect Keyword.put(opts, :level, 1)
IO.inspect Keyword.delete(opts, :level)
IO.inspect Keyword.fetch(opts, :name)
IO.inspect Keyword.fetch(opts, :nope)
IO.inspect Keyword.has_key?(opts, :verbose)
IO.inspect Keyword.keys(opts)
IO.inspect Keyword.values(opts)
IO.inspect Keyword.take(opts, [:name, :verbose])
IO.inspect Keyword.drop(opts, [:level])
IO.inspect Keyword.merge([a: 1], [b: 2, a: 3])
IO.inspect Keyword.update([a: 1], :a, 0, &(&1 + 1))
IO.inspect Keyword.update([a: 1], :b, 0, &(&1 + 1))
IO.inspect Keyword.pop([a: 1, b: 2], :a)
IO.inspect Keyword.put_new([a: 1], :a, 2)
IO.inspect Keyword.keyword?([a: 1])
IO.inspect Keyword.keyword?([{1, 2}])
IO.inspect Keyword.new([{:b, 1}, {:a, 2}])
IO.inspect Keyword.split([a: 1, b: 2, c: 3], [:a, :c])
IO.inspect Keyword.to_list(a: 1)
IO.inspect Keyword.validate([a: 1], [:a, b: 2])
IO.inspect Keyword.validate([c: 1], [:a, b: 2])
try do
  Keyword.fetch!([a: 1], :b)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Keyword.validate!([c: 1], [:a])
rescue
  e -> IO.puts(Exception.message(e))
end
defmodule Opts do
  def run(opts \\ []) do
    opts = Keyword.merge([retries: 3, timeout: 1000], opts)
    "retries=#{opts[:retries]} timeout=#{opts[:timeout]} extra=#{inspect(opts[:extra])}"
  end
end
IO.puts Opts.run()
IO.puts Opts.run(retries: 5, extra: :yes)
IO.inspect List.keyfind([{:a, 1}, {:b, 2}], :b, 0)
IO.inspect List.keymember?([{:a, 1}], :a, 0)
IO.inspect List.keyreplace([{:a, 1}], :a, 0, {:a, 9})
IO.inspect Enum.into([{"k", "v"}], %{})
IO.inspect Map.new([{:a, 1}, {:b, 2}], fn {k, v} -> {v, k} end)
IO.inspect Map.filter(%{a: 1, b: 2, c: 3}, fn {_k, v} -> v > 1 end)
IO.inspect Map.reject(%{a: 1, b: 2}, fn {k, _} -> k == :a end)
IO.inspect Map.split(%{a: 1, b: 2, c: 3}, [:a, :c])
IO.inspect Map.update(%{}, :count, 1, &(&1 + 1))
IO.inspect Map.replace(%{a: 1}, :b, 2)
IO.inspect Map.get_lazy(%{}, :x, fn -> :computed end)
IO.inspect Map.put_new_lazy(%{a: 1}, :a, fn -> :never end)
IO.inspect Map.equal?(%{a: 1}, %{a: 1.0})
try do
  Map.fetch!(%{a: 1}, :b)
rescue
  e -> IO.puts(Exception.message(e))
end
