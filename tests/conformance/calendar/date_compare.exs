a = ~D[2024-01-31]
b = ~D[2024-02-01]
IO.inspect(Date.compare(a, b))
IO.inspect(Date.compare(b, a))
IO.inspect(Date.compare(a, a))
IO.inspect(Date.compare(~D[2024-01-31], Date.new!(2024, 1, 31)))
IO.inspect(Enum.sort([b, a, ~D[2023-12-31]], Date))
IO.inspect(Enum.sort([b, a, ~D[2023-12-31]], {:desc, Date}))
IO.inspect(Enum.min_by([b, a], & &1, Date))
IO.inspect(Enum.max([b, a, ~D[2025-01-01]], Date))
IO.inspect(Date.compare(~N[2024-01-01 10:00:00], ~D[2024-01-01]))
IO.inspect(Date.compare(~U[2024-01-02 10:00:00Z], ~D[2024-01-01]))
