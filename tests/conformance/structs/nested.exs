defmodule Addr do
  defstruct city: "", zip: nil
end

defmodule Person do
  defstruct name: "", addr: %Addr{}, tags: []
end

defmodule Main do
  def run do
    p = %Person{name: "al", addr: %Addr{city: "Oslo", zip: 150}}
    IO.inspect(p.addr)
    IO.inspect(p.addr.city)
    %Person{addr: %Addr{zip: z}} = p
    IO.inspect(z)
    p2 = %Person{p | addr: %Addr{p.addr | city: "Bergen"}}
    IO.inspect(p2.addr.city)
    IO.inspect(%{p2 | tags: [:a]}.tags)
    IO.inspect(%Person{}.addr)
  end
end

Main.run()
