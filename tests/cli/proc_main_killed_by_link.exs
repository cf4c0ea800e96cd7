# A linked process that exits with a reason takes the main process down.
spawn_link(fn -> exit(:boom) end)
Process.sleep(1_000)
IO.puts("never printed")
