# Process.exit(self(), :kill) in the main process.
Process.exit(self(), :kill)
IO.puts("never printed")
