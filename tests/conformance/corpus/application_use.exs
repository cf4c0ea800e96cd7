# use Application (the behaviour, a default stop/1) and starting applications
defmodule MyApp do
  use Application
  def start(_type, _args) do
    children = []
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Sup)
  end
end
IO.inspect(MyApp.stop(:x))
IO.inspect(function_exported?(MyApp, :stop, 1))
{:ok, pid} = MyApp.start(:normal, [])
IO.inspect(is_pid(pid))
IO.inspect(Application.ensure_all_started(:logger))
IO.inspect(Application.ensure_all_started(:nope))
IO.inspect(Application.ensure_started(:elixir))
IO.inspect(Application.start(:nope))
IO.inspect(Application.ensure_all_started(:crypto))
