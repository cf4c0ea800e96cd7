r =
  try do
    throw({:data, 1})
  rescue
    _ -> :rescued
  catch
    :throw, v -> {:caught, v}
  end

IO.inspect(r)

r2 =
  try do
    exit(:normal_exit)
  rescue
    _ -> :rescued
  catch
    :exit, v -> {:exit, v}
  end

IO.inspect(r2)

r3 =
  try do
    :erlang.error(:plain)
  catch
    :error, v -> {:error_term, v}
  end

IO.inspect(r3)

r4 =
  try do
    raise "struct reason"
  catch
    :error, v -> {:struct_reason, v.__struct__, v.message}
  end

IO.inspect(r4)
