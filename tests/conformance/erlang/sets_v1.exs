# :sets version 1: OTP's hash table record, its buckets and growth.
s = :sets.new()
IO.inspect s, limit: :infinity
s = :sets.from_list([1, 2, 3, :a, "b", {1, 2}, [1], 1.5, -7, 123_456_789_012_345])
IO.inspect s, limit: :infinity
IO.inspect :sets.to_list(s)
IO.inspect :sets.size(s)
IO.inspect {:sets.is_element(:a, s), :sets.is_element(:z, s)}
big = :sets.from_list(Enum.to_list(1..100))
IO.inspect big, limit: :infinity
IO.inspect :sets.size(big)
small = Enum.reduce(1..90, big, &:sets.del_element/2)
IO.inspect small, limit: :infinity
IO.inspect :sets.to_list(small)
IO.inspect :sets.add_element(5, :sets.from_list([5])) == :sets.from_list([5])
IO.inspect :sets.del_element(:nope, s) == s
IO.inspect {:sets.is_set(s), :sets.is_set(%{}), :sets.is_set([])}
IO.inspect {:sets.is_empty(:sets.new()), :sets.is_empty(s)}
IO.inspect :sets.new([{:version, 1}]) == :sets.new()
