defmodule Config do
  defstruct retries: 3, timeout: 5_000, name: nil

  def new(opts \\ []), do: struct!(__MODULE__, opts)
  def retries(%__MODULE__{retries: r}), do: r
end

defmodule Main do
  def run do
    IO.inspect(Config.new())
    IO.inspect(Config.new(name: "svc", retries: 1))
    IO.inspect(Config.retries(Config.new(retries: 9)))
    try do
      Config.new(bogus: 1)
    rescue
      e in KeyError -> IO.inspect({e.key, Exception.message(e)})
    end
  end
end

Main.run()
