defmodule Main do
  def run do
    try do
      Map.fetch!(%{a: 1}, :zz)
    rescue
      e in KeyError ->
        IO.inspect(e.key)
        IO.inspect(e.term)
        IO.inspect(e.message)
    end
    try do
      {:ok, _} = {:error, 1}
    rescue
      e in MatchError -> IO.inspect(e.term)
    end
    try do
      case :nope do
        :yes -> 1
      end
    rescue
      e in CaseClauseError -> IO.inspect(e)
    end
    try do
      raise ArgumentError
    rescue
      e -> IO.inspect(e)
    end
    try do
      :erlang.error(:weird)
    rescue
      e -> IO.inspect(e)
    end
  end
end

Main.run()
