config = %{db: %{host: "localhost", port: 5432}, cache: %{ttl: 60}}
IO.inspect(config.db.port)
config = %{config | db: %{config.db | port: 6543}}
IO.inspect(config)
IO.inspect(config[:cache][:ttl])
%{db: %{host: host}} = config
IO.puts(host)
IO.inspect([%{a: 1}, %{b: 2}])
IO.inspect({%{}, %{x: {1, 2}}})
IO.inspect(%{list: [a: 1, b: 2], tuple: {:ok, %{}}})
