# exit/1 in the main process ends the program with status 1.
IO.puts("before")
exit(:boom)
