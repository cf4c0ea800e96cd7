defmodule ParseError do
  defexception [:line, :message]

  @impl true
  def exception(line) when is_integer(line) do
    %ParseError{line: line, message: "parse error on line #{line}"}
  end

  def exception(opts) when is_list(opts) do
    %ParseError{line: opts[:line] || 0, message: "parse error"}
  end
end

defmodule Main do
  def run do
    try do
      raise ParseError, 12
    rescue
      e in ParseError -> IO.puts("#{e.line}: #{Exception.message(e)}")
    end
    try do
      raise ParseError, line: 3
    rescue
      e in ParseError -> IO.inspect(e)
    end
  end
end

Main.run()
