# node/0,1 and self/0 in several processes.
IO.inspect node()
IO.inspect node(self())
IO.inspect node(make_ref())
parent = self()
spawn(fn -> send(parent, {:child, node(), node(self()), node(parent), self() != parent}) end)
receive do m -> IO.inspect(m) end
IO.inspect Kernel.node() == :erlang.node()
IO.inspect Kernel.self() == :erlang.self()
IO.inspect is_atom(node())

# self() inside a closure is the process running it, not the one that made it.
f = fn -> self() end
IO.inspect f.() == self()
spawn(fn -> send(parent, {:closure_self, f.() == parent, f.() == self()}) end)
receive do {:closure_self, a, b} -> IO.inspect({a, b}) end
