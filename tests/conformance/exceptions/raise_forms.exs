defmodule Main do
  def attempt(f) do
    try do
      f.()
    rescue
      e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
    end
  end

  def run do
    attempt(fn -> raise "plain message" end)
    attempt(fn -> raise RuntimeError end)
    attempt(fn -> raise ArgumentError end)
    attempt(fn -> raise ArgumentError, "custom arg" end)
    attempt(fn -> raise ArgumentError, message: "kw message" end)
    attempt(fn -> raise KeyError, key: :k, term: %{a: 1} end)
    attempt(fn -> raise KeyError, "literal key msg" end)
    attempt(fn -> raise %RuntimeError{message: "from struct"} end)
    msg = "dynamic " <> "text"
    attempt(fn -> raise msg end)
    mod = ArithmeticError
    attempt(fn -> raise mod end)
    attempt(fn -> raise mod, "with mod var" end)
    attempt(fn -> raise 42 end)
  end
end

Main.run()
