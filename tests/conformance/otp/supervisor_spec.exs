defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)
  def init(arg), do: {:ok, arg}
end
defmodule Sup do
  use Supervisor
  import Supervisor.Spec
  def start_link, do: Supervisor.start_link(__MODULE__, :ok)
  def init(:ok) do
    children = [worker(W, [5])]
    supervise(children, strategy: :one_for_one)
  end
end
import Supervisor.Spec
IO.inspect worker(W, [1])
IO.inspect supervisor(Sup, [], id: :x, restart: :temporary)
IO.inspect supervise([worker(W, [1])], strategy: :one_for_all, max_restarts: 1)
try do supervise([], []) rescue e -> IO.inspect(e) end
{:ok, pid} = Sup.start_link()
IO.inspect Supervisor.which_children(pid) |> length
IO.inspect :sys.get_state(W)
{:ok, _} = Supervisor.start_link([worker(Agent, [fn -> 1 end], id: :w2)], strategy: :one_for_one, name: S2)
IO.inspect Supervisor.count_children(S2)
try do supervise([worker(W, [1]), worker(W, [2])], strategy: :one_for_one) rescue e -> IO.puts Exception.message(e) end
