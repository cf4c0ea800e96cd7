# The script was read to the end of input: nothing is left for IO.gets.
IO.inspect(IO.gets("more? "))
