# A server process: state in the loop's arguments, requests matched by
# shape, replies tagged with a reference the caller pins.
defmodule KV do
  def start, do: spawn(fn -> loop(%{}) end)

  def loop(state) do
    receive do
      {:put, k, v} ->
        loop(Map.put(state, k, v))

      {:get, from, ref, k} ->
        send(from, {ref, Map.get(state, k)})
        loop(state)

      {:keys, from, ref} ->
        send(from, {ref, state |> Map.keys() |> Enum.sort()})
        loop(state)

      {:stop, from, ref} ->
        send(from, {ref, :stopped, map_size(state)})
    end
  end

  def call(pid, request) do
    ref = make_ref()
    send(pid, request.(self(), ref))
    receive do
      {^ref, reply} -> reply
      {^ref, a, b} -> {a, b}
    after
      1000 -> :timeout
    end
  end
end

pid = KV.start()
send(pid, {:put, :a, 1})
send(pid, {:put, :b, 2})
send(pid, {:put, :a, 3})
IO.inspect(KV.call(pid, &{:get, &1, &2, :a}))
IO.inspect(KV.call(pid, &{:get, &1, &2, :b}))
IO.inspect(KV.call(pid, &{:get, &1, &2, :zzz}))
IO.inspect(KV.call(pid, &{:keys, &1, &2}))
IO.inspect(KV.call(pid, &{:stop, &1, &2}))
