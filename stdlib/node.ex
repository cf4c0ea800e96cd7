# Node: a Vial program is one node that is not distributed (`node()` is
# :nonode@nohost), so the functions answer as Elixir's do on a node started
# without a name.
defmodule Node do
  def self, do: node()
  def alive?, do: false
  def list, do: []
  def list(types) when is_atom(types) or is_list(types), do: []
  def ping(node) when is_atom(node), do: :pang
  def connect(node) when is_atom(node), do: :ignored
  def disconnect(node) when is_atom(node), do: :ignored
  def get_cookie, do: :nocookie
  def monitor(_node, _flag), do: :erlang.error(:notalive)
  def monitor(_node, _flag, _options), do: :erlang.error(:notalive)

  def spawn(node, fun) when node == node(), do: :erlang.spawn(fun)
  def spawn(node, fun, opts) when node == node(), do: :erlang.spawn_opt(fun, opts)
  def spawn(node, module, fun, args) when node == node(), do: :erlang.spawn(module, fun, args)
  def spawn_link(node, fun) when node == node(), do: :erlang.spawn_link(fun)
  def spawn_link(node, module, fun, args) when node == node(), do: :erlang.spawn_link(module, fun, args)
  def spawn_monitor(node, fun) when node == node(), do: :erlang.spawn_monitor(fun)
  def spawn_monitor(node, module, fun, args) when node == node(), do: :erlang.spawn_monitor(module, fun, args)
end
