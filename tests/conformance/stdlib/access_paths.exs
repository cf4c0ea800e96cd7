defmodule U do
  defstruct name: "", address: %{city: "x"}, tags: []
end
defmodule T do
  def run do
    data = %{users: %{"ann" => %{age: 30, langs: ["ex"]}}, count: 1}
    IO.inspect put_in(data.count, 2)
    IO.inspect put_in(data[:users]["ann"][:age], 31)
    IO.inspect update_in(data.users["ann"].age, &(&1 + 1))
    IO.inspect update_in(data[:users]["ann"][:langs], &["erl" | &1])
    IO.inspect get_and_update_in(data.count, &{&1, &1 * 10})
    IO.inspect pop_in(data[:users]["ann"][:age])
    IO.inspect put_in(data[:new], :v)
    u = %U{name: "a"}
    IO.inspect put_in(u.address.city, "Paris")
    IO.inspect update_in(u.tags, &[:t | &1])
    IO.inspect get_in(data, [:users, "ann", :langs])
    IO.inspect put_in(data, [:users, "bob"], %{})
    kw = [a: [b: 1]]
    IO.inspect put_in(kw[:a][:b], 2)
    IO.inspect get_in(%{a: [10, 20, 30]}, [:a, Access.at(1)])
    IO.inspect update_in(%{a: [1, 2, 3]}, [:a, Access.all()], &(&1 * 2))
    IO.inspect get_in([%{n: 1}, %{n: 2}], [Access.all(), :n])
    IO.inspect Access.fetch(%{a: 1}, :a)
    try do
      put_in(u.nope, 1)
    rescue
      e -> IO.inspect(e.__struct__)
    end
  end
end
T.run()
