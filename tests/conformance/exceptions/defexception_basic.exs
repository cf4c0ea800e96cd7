defmodule MyError do
  defexception message: "my default"
end

defmodule Main do
  def run do
    try do
      raise MyError
    rescue
      e in MyError -> IO.puts(e.message)
    end
    try do
      raise MyError, "given"
    rescue
      e in MyError -> IO.puts(Exception.message(e))
    end
    try do
      raise MyError, message: "kw"
    rescue
      e -> IO.inspect(e)
    end
    IO.inspect(MyError.exception("direct"))
    IO.inspect(MyError.exception([]))
    IO.inspect(%MyError{})
    IO.inspect(Exception.exception?(%MyError{}))
    IO.inspect(Exception.exception?(%{}))
  end
end

Main.run()
