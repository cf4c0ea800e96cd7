# Inspect dispatch and documents for pids and references.
defmodule Main do
  def run do
    r = make_ref()
    IO.puts(binary_part(inspect(r), 0, 11) == "#Reference<")
    IO.puts(binary_part(inspect(self()), 0, 5) == "#PID<")
    IO.inspect(Inspect.impl_for(r))
    IO.inspect(Inspect.impl_for(self()))
    d = Inspect.Algebra.to_doc(self(), %Inspect.Opts{})
    IO.puts(is_binary(d))
  end
end
Main.run()
