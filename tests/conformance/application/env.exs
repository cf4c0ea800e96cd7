IO.inspect Application.get_env(:myapp, :key)
IO.inspect Application.get_env(:myapp, :key, 42)
IO.inspect Application.fetch_env(:myapp, :key)
try do Application.fetch_env!(:myapp, :key) rescue e -> IO.inspect(e) end
IO.inspect Application.put_env(:myapp, :key, 1)
IO.inspect Application.get_env(:myapp, :key)
IO.inspect Application.fetch_env!(:myapp, :key)
IO.inspect Application.get_all_env(:myapp)
Application.put_all_env(myapp: [a: 1, b: 2], other: [c: 3])
IO.inspect Application.get_all_env(:myapp) |> Enum.sort()
IO.inspect Application.delete_env(:myapp, :a)
IO.inspect Application.get_all_env(:myapp) |> Enum.sort()
IO.inspect Application.ensure_all_started(:logger)
IO.inspect Application.ensure_all_started(:crypto)
IO.inspect Application.ensure_started(:logger)
IO.inspect Application.ensure_all_started(:nope)
IO.inspect Application.start(:nope)
IO.inspect Application.get_application(String)
IO.inspect Application.loaded_applications() |> length > 0
IO.inspect Node.self()
IO.inspect Node.alive?()
IO.inspect Node.list()
IO.inspect node()
try do System.fetch_env!("NOPE_X") rescue e -> IO.inspect(e); IO.puts Exception.message(e) end
IO.inspect Application.spec(:nope)
try do Application.fetch_env!(:other, :zz) rescue e -> IO.puts Exception.message(e) end
IO.inspect Application.get_env(:elixir, :ansi_enabled)
IO.inspect Application.fetch_env(:myapp, :b)
defmodule M do
  @v Application.compile_env(:myapp, :b, 9)
  @w Application.compile_env(:myapp, :zzz, 9)
  def v, do: {@v, @w}
end
IO.inspect M.v()
IO.inspect Application.started_applications()
IO.inspect Application.loaded_applications() |> Enum.map(&elem(&1, 0)) |> Enum.sort()
IO.inspect Application.spec(:elixir, :vsn)
IO.inspect Application.spec(:elixir) |> Keyword.keys()
IO.inspect Application.get_application(Enum)
IO.inspect Application.get_application(Foo)
IO.inspect Application.get_application(:lists)
try do Application.fetch_env!(:elixir, :zz) rescue e -> IO.puts Exception.message(e) end
IO.inspect Application.ensure_loaded(:nope)
IO.inspect Application.load(:nope)
IO.inspect Application.stop(:nope)
IO.inspect Application.get_env(:myapp, :x)
Application.put_env(:myapp, :x, 5, persistent: true)
IO.inspect Application.get_env(:myapp, :x)
IO.inspect Application.format_error({'no such file or directory', 'nope.app'})
IO.inspect Application.spec(:crypto, :vsn)
IO.inspect Application.ensure_all_started(:ex_unit)
IO.inspect Application.spec(:ex_unit, :description)
IO.inspect Application.spec(:logger, :applications)
IO.inspect Application.spec(:elixir, :applications)
IO.inspect Application.spec(:kernel, :description)
IO.inspect Application.start(:elixir)
IO.inspect :application.get_env(:elixir, :ansi_enabled)
IO.inspect :application.get_env(:elixir, :nope)
IO.inspect :application.get_key(:elixir, :vsn)
IO.inspect :application.get_key(:nope, :vsn)
Application.put_env(:cfg, :nested, db: [port: 5432])
defmodule Cfg do
  @port Application.compile_env(:cfg, [:nested, :db, :port], 1)
  @missing Application.compile_env(:cfg, [:nested, :nope], :dflt)
  @all Application.compile_env!(:cfg, :nested)
  def vals, do: {@port, @missing, @all}
end
IO.inspect Cfg.vals()
try do
  defmodule Cfg2 do
    @x Application.compile_env!(:cfg, :zzz)
  end
rescue
  e -> IO.puts Exception.message(e)
end
defmodule MyApp do
  use Application
  def start(_type, _args), do: {:ok, self()}
end
IO.inspect MyApp.start(:normal, []) |> elem(0)
IO.inspect MyApp.stop(nil)
IO.inspect function_exported?(MyApp, :stop, 1)
