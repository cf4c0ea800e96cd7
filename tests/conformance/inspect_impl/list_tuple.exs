defimpl Inspect, for: Tuple do
  import Inspect.Algebra

  def inspect(tuple, opts) do
    concat(["#Tuple<", to_doc(:erlang.tuple_to_list(tuple), opts), ">"])
  end
end

IO.inspect {1, 2}
IO.inspect [{1, 2}, {:a}]
IO.inspect %{k: {1, {2, 3}}}
IO.inspect {}
IO.inspect [1, 2]
IO.inspect [ok: 1]
IO.puts inspect({"a", 'b'})
IO.inspect {:error, :bad}, label: "result"
IO.inspect Enum.map(1..3, &{&1, &1 * &1})
