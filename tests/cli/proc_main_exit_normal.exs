# exit(:normal) and exit(:shutdown) in the main process end the program with
# status 0; nothing after them runs.
IO.puts("ending normally")
exit(:normal)
IO.puts("never printed")
