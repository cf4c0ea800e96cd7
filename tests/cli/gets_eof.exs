IO.inspect(IO.gets("Name? "))
IO.inspect(IO.read(:eof))
IO.inspect(IO.read(:all))
