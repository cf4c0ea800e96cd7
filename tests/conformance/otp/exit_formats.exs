# Exit reasons produced by the OTP modules, as Exception.format_exit prints them
reasons = [
  {:timeout, {GenServer, :call, [:srv, :msg, 5000]}},
  {:noproc, {GenServer, :call, [:srv, :msg, 5000]}},
  {:normal, {GenServer, :call, [:srv, :msg, 5000]}},
  {:shutdown, {:failed_to_start_child, :child, :reason}},
  {:shutdown, :reason},
  {:bad_return_value, :foo},
  :shutdown,
  :normal,
  :killed
]

for r <- reasons, do: IO.puts(Exception.format_exit(r))
