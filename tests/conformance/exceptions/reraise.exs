defmodule Main do
  def inner do
    try do
      raise ArgumentError, "inner failure"
    rescue
      e ->
        IO.puts("cleaning up after: " <> Exception.message(e))
        reraise e, __STACKTRACE__
    end
  end

  def run do
    try do
      inner()
    rescue
      e in ArgumentError -> IO.puts("outer got: " <> e.message)
    end
    try do
      try do
        raise "x"
      rescue
        _ -> reraise KeyError, [key: :k], __STACKTRACE__
      end
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(is_list(try(do: raise("s"), rescue: (_ -> __STACKTRACE__))))
  end
end

Main.run()
