# A timeout that is not a non-negative integer or :infinity raises
# ErlangError :timeout_value when the receive runs.
for t <- [:foo, -1, 1.5, "10", nil, [1]] do
  try do
    receive do
      m -> m
    after
      t -> :after
    end
  rescue
    e -> IO.inspect({t, e, Exception.message(e)})
  end
end

try do
  receive do
  after
    :bar -> 1
  end
rescue
  e in ErlangError -> IO.inspect(e.original)
end

r = try do
  receive(do: (x -> x), after: (-5 -> :no))
catch
  kind, reason -> {kind, reason}
end
IO.inspect(r)

# The timeout is only looked at when no message matches.
send(self(), :m)
IO.inspect(receive(do: (m -> {:matched, m}), after: (:bad -> :after)))
