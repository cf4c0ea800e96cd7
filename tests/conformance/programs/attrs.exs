defmodule Config do
  @default_port 4000
  @hosts ~w(alpha beta gamma)
  @squares for n <- 1..5, into: %{}, do: {n, n * n}
  @primes Enum.filter(2..50, fn n -> Enum.all?(2..max(2, trunc(:math.sqrt(n))), &(n == &1 or rem(n, &1) != 0)) end)
  @version "1.2.3"
  @parsed_version @version |> String.split(".") |> Enum.map(&String.to_integer/1) |> List.to_tuple()

  def port, do: @default_port
  def hosts, do: @hosts
  def square(n), do: Map.fetch!(@squares, n)
  def primes, do: @primes
  def version, do: @parsed_version
  def host_index(h) when h in @hosts, do: Enum.find_index(@hosts, &(&1 == h))
  def host_index(_), do: nil

  @doc "documented"
  def documented, do: :ok
  @compile {:inline, port: 0}
  @attr 1
  def first_attr, do: @attr
  @attr 2
  def second_attr, do: @attr
end

IO.inspect(Config.port())
IO.inspect(Config.hosts())
IO.inspect(Config.square(4))
IO.inspect(Config.primes())
IO.inspect(Config.version())
IO.inspect({Config.host_index("beta"), Config.host_index("zeta")})
IO.inspect({Config.first_attr(), Config.second_attr()})
