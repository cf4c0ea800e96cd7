defmodule Storage do
  @callback put(map, term, term) :: map
  @callback get(map, term) :: term
  @optional_callbacks get: 2

  defmacro __using__(_) do
    quote do
      @behaviour Storage
      def describe, do: "storage #{inspect(__MODULE__)}"
      defoverridable describe: 0
    end
  end
end

defmodule MemStore do
  use Storage
  @impl Storage
  def put(s, k, v), do: Map.put(s, k, v)
  @impl true
  def get(s, k), do: Map.get(s, k)
end

defmodule LogStore do
  use Storage
  @impl Storage
  def put(s, k, v), do: Map.update(s, :log, [{k, v}], &[{k, v} | &1])
  def get(s, k), do: s |> Map.get(:log, []) |> List.keyfind(k, 0) |> then(fn nil -> nil; {_, v} -> v end)
  def describe, do: "log " <> super()
end

for mod <- [MemStore, LogStore] do
  s = %{} |> mod.put(:a, 1) |> mod.put(:b, 2) |> mod.put(:a, 3)
  IO.puts("#{mod.describe()}: a=#{mod.get(s, :a)} b=#{mod.get(s, :b)} c=#{inspect(mod.get(s, :c))}")
end

defmodule Todo do
  defstruct items: %{}, next_id: 1

  def exec(todo, "add " <> text), do: {%{todo | items: Map.put(todo.items, todo.next_id, {text, false}), next_id: todo.next_id + 1}, "added #{todo.next_id}"}
  def exec(todo, "done " <> id) do
    id = String.to_integer(id)
    case Map.fetch(todo.items, id) do
      {:ok, {text, _}} -> {put_in(todo.items[id], {text, true}), "completed #{id}"}
      :error -> {todo, "no item #{id}"}
    end
  end
  def exec(todo, "list") do
    lines = for {id, {text, done}} <- Enum.sort(todo.items), do: "#{id}. [#{if done, do: "x", else: " "}] #{text}"
    {todo, Enum.join(lines, "\n")}
  end
  def exec(todo, cmd), do: {todo, "unknown command: #{cmd}"}
end

cmds = ["add buy milk", "add write code", "done 1", "done 7", "list", "frobnicate"]
Enum.reduce(cmds, struct(Todo), fn cmd, todo ->
  {todo, out} = Todo.exec(todo, cmd)
  IO.puts("> #{cmd}\n#{out}")
  todo
end)
