# :sys on a Supervisor: suspend, get_status while suspended, resume; the
# children are untouched, and a child's upgrade works under it.
v = fn n ->
  """
  defmodule CV.Worker do
    use GenServer
    def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: CV.Worker)
    def init(arg), do: {:ok, arg}
    def handle_call(:get, _from, s), do: {:reply, {#{n}, s}, s}
    def code_change(_old, s, extra), do: {:ok, {s, extra}}
  end
  """
end

Code.compile_string(v.(1))
{:ok, sup} = Supervisor.start_link([{CV.Worker, :state}], strategy: :one_for_one)
IO.inspect(:sys.suspend(sup), label: "suspend supervisor")
IO.inspect(:sys.get_status(sup) |> elem(3) |> Enum.at(1), label: "status")
IO.inspect(:sys.resume(sup), label: "resume supervisor")
IO.inspect(Supervisor.count_children(sup), label: "children")
IO.inspect(GenServer.call(CV.Worker, :get), label: "v1")
:ok = :sys.suspend(CV.Worker)
Code.compile_string(v.(2))
IO.inspect(:sys.change_code(CV.Worker, CV.Worker, "1", :upgraded), label: "change_code")
:ok = :sys.resume(CV.Worker)
IO.inspect(GenServer.call(CV.Worker, :get), label: "v2")
IO.inspect(:code.soft_purge(CV.Worker), label: "soft_purge")
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)), label: "which_children")
