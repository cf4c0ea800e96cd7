defmodule Main do
  def run do
    IO.puts(Exception.message(%RuntimeError{}))
    IO.puts(Exception.message(%ArgumentError{message: "m"}))
    IO.puts(Exception.message(%KeyError{key: :a, term: %{}}))
    IO.puts(Exception.message(%MatchError{term: [1]}))
    IO.puts(Exception.message(%CaseClauseError{term: :x}))
    IO.puts(Exception.message(%WithClauseError{term: {:error, 1}}))
    IO.puts(Exception.message(%TryClauseError{term: 2}))
    IO.puts(Exception.message(%CondClauseError{}))
    IO.puts(Exception.message(%BadMapError{term: 1}))
    IO.puts(Exception.message(%BadBooleanError{term: 1, operator: :or}))
    IO.puts(Exception.message(%BadFunctionError{term: :f}))
    IO.puts(Exception.message(%BadStructError{struct: URI, term: %{}}))
    IO.puts(Exception.message(%ErlangError{original: {:x, 1}}))
    IO.puts(Exception.message(%SystemLimitError{}))
    IO.puts(Exception.message(%ArithmeticError{}))
    IO.puts(Exception.message(%FunctionClauseError{module: Enum, function: :map, arity: 2}))
    IO.puts(Exception.message(%Enum.EmptyError{}))
    IO.puts(Exception.message(%Protocol.UndefinedError{protocol: Enumerable, value: 1}))
    IO.puts(Exception.format_mfa(Enum, :map, 2))
    IO.puts(Exception.format_banner(:error, %RuntimeError{message: "b"}))
    IO.puts(Exception.format_banner(:throw, :t))
  end
end

Main.run()
