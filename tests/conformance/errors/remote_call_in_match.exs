IO.puts("compiled first, so never printed")
{:ok. _pid} = {:ok, 1}
