defmodule Cfg do
  defstruct host: "localhost", port: 80
end

defmodule Main do
  def run do
    IO.inspect(struct(Cfg, port: 8080, unknown: true))
    IO.inspect(struct(Cfg, %{host: "h"}))
    IO.inspect(struct(%Cfg{port: 1}, host: "x"))
    IO.inspect(struct!(%Cfg{}, port: 2))
    try do
      struct!(Cfg, nope: 1)
    rescue
      e in KeyError -> IO.puts(Exception.message(e))
    end
    try do
      struct!(%Cfg{}, nope: 1)
    rescue
      e in KeyError -> IO.puts(Exception.message(e))
    end
    IO.inspect(Cfg.__struct__(port: 1))
    IO.inspect(Map.from_struct(%Cfg{}))
  end
end

Main.run()
