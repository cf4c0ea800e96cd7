fn x -> x end
fn -> 1 end
fn x, y -> x + y end
fn
  0 -> :zero
  n when n > 0 ->
    a = n
    a * 2
  _ -> :neg
end
fn {:ok, v} -> v; {:error, e} -> raise e end
