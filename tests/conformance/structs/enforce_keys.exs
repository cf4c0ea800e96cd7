defmodule Account do
  @enforce_keys [:id, :owner]
  defstruct [:id, :owner, balance: 0]
end

defmodule Main do
  def run do
    IO.inspect(%Account{id: 1, owner: "ann"})
    try do
      struct!(Account, id: 2)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    try do
      Account.__struct__(balance: 5)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    IO.inspect(struct!(Account, id: 3, owner: "bo"))
    IO.inspect(struct(Account, id: 4))
  end
end

Main.run()
