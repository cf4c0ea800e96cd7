r = 2..9//3
IO.inspect(r.first)
IO.inspect(r.last)
IO.inspect(r.step)
IO.inspect(Map.from_struct(r))
%Range{first: f, last: l} = 4..7
IO.inspect({f, l})
IO.inspect(is_struct(r, Range))
IO.inspect(r == Range.new(2, 9, 3))
IO.inspect((1..3).step)
IO.inspect((3..1).step)
