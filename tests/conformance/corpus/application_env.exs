# Application.get_env/put_env/fetch_env!/delete_env and :application env calls
IO.inspect(Application.get_env(:foo, :bar))
IO.inspect(Application.get_env(:foo, :bar, :dflt))
IO.inspect(Application.fetch_env(:foo, :bar))
Application.put_env(:foo, :bar, 1)
Application.put_env(:foo, :baz, [a: 1])
IO.inspect(Application.fetch_env!(:foo, :bar))
IO.inspect(Application.fetch_env(:foo, :bar))
IO.inspect(Application.get_all_env(:foo) |> Enum.sort())
IO.inspect(Application.delete_env(:foo, :bar))
IO.inspect(Application.get_env(:foo, :bar, :gone))
IO.inspect(:application.get_env(:foo, :baz))
IO.inspect(:application.get_env(:foo, :nope))
IO.inspect(:application.get_env(:foo, :nope, 3))
IO.inspect(:application.set_env(:foo, :q, 2))
IO.inspect(Application.get_env(:foo, :q))
IO.inspect(Application.put_all_env(foo: [x: 1], other: [y: 2]))
IO.inspect({Application.get_env(:foo, :x), Application.get_env(:other, :y)})
t = Task.async(fn -> Application.put_env(:foo, :from_task, true) end)
Task.await(t)
IO.inspect(Application.get_env(:foo, :from_task))
IO.inspect(Application.compile_env(:foo, :x, 0))
try do
  Application.fetch_env!(:foo, :missing)
rescue
  e -> IO.inspect(e)
end
try do
  Application.fetch_env!(:nope_app, :missing)
rescue
  e -> IO.inspect(e)
end
try do
  Application.get_env("foo", :bar)
rescue
  e -> IO.inspect(e.__struct__)
end
