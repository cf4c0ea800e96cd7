# Function.info and :erlang.fun_info of external funs.
IO.inspect(Function.info(&String.upcase/1))
IO.inspect(Function.info(&:erlang.apply/2))
IO.inspect(Function.info(&Enum.map/2, :module))
IO.inspect(Function.info(&Enum.map/2, :name))
IO.inspect(Function.info(&Enum.map/2, :arity))
IO.inspect(Function.info(&Enum.map/2, :env))
IO.inspect(Function.info(&Enum.map/2, :type))
for item <- [:index, :new_index, :uniq, :new_uniq, :pid] do
  IO.inspect(:erlang.fun_info(&Enum.map/2, item))
end
IO.inspect(:erlang.fun_info(&String.upcase/1))
IO.inspect(:erlang.fun_info(&Mod."a b"/2, :name))
IO.inspect(Function.info(Function.capture(:lists, :nope, 3)))
