# exit({:shutdown, n}) in the main process ends the program with status n.
IO.puts("shutting down")
exit({:shutdown, 3})
