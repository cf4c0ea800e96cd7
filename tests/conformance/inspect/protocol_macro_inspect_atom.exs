# Macro.inspect_atom/2 for :literal, :key and :remote_call.
for a <- [:foo, :"foo bar", Foo.Bar, nil, true, :+, :"9a", :foo?, :Foo, :"Elixir.foo"] do
  IO.puts("#{Macro.inspect_atom(:literal, a)} | #{Macro.inspect_atom(:key, a)} | #{Macro.inspect_atom(:remote_call, a)}")
end
