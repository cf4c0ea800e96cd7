# Receives inside receive clauses and after bodies.
send(self(), {:outer, 1})
send(self(), {:inner, 1})
send(self(), {:inner, 2})

result =
  receive do
    {:outer, x} ->
      y = x * 10
      inner =
        receive do
          {:inner, ^x} -> {:matched_inner, x}
        end
      {inner, y, x}
  end
IO.inspect(result)
IO.inspect(receive(do: (m -> m)))

# Nested in the after body.
send(self(), :late)
r =
  receive do
    :never -> :no
  after
    0 ->
      receive do
        :late -> :from_after
      end
  end
IO.inspect(r)

# Three levels deep, each reading variables of the levels around it.
for i <- 1..3, do: send(self(), {:level, i})
a = :a
deep =
  receive do
    {:level, 1} = l1 ->
      receive do
        {:level, 2} = l2 ->
          receive do
            {:level, 3} = l3 -> [a, l1, l2, l3]
          end
      end
  end
IO.inspect(deep)
