# Funs of a version: they keep running it after a reload; once it is purged,
# calling one raises BadFunctionError. Holding one does not get a process
# killed (OTP 25).
src = fn v ->
  """
  defmodule CV.Funs do
    def version, do: #{v}
    def make(x), do: fn y -> {:v#{v}, x, y} end
    def make0, do: fn -> version() end
  end
  """
end

Code.compile_string(src.(1))
f = CV.Funs.make(1)
g = CV.Funs.make0()
ext = &CV.Funs.version/0
holder = spawn(fn ->
  h = CV.Funs.make(:held)
  receive do
    {:call, from} -> send(from, {:held, Function.info(h, :arity)})
  end
end)
ref = Process.monitor(holder)
IO.inspect({f.(2), g.(), ext.()}, label: "v1")
Code.compile_string(src.(2))
IO.inspect({f.(2), g.(), ext.()}, label: "after reload")
IO.inspect(:erlang.check_process_code(self(), CV.Funs), label: "self holds funs: in old code?")
IO.inspect(:code.purge(CV.Funs), label: "purge")

for fun <- [fn -> f.(2) end, g, fn -> apply(f, [3]) end] do
  try do
    fun.()
  rescue
    e in BadFunctionError -> IO.inspect({e.__struct__, is_function(e.term)}, label: "raised")
  end
end

IO.inspect(ext.(), label: "external fun")
IO.inspect(Function.info(f, :module), label: "module")
IO.inspect(Function.info(f, :arity), label: "arity")
IO.inspect(Function.info(f, :type), label: "type")
IO.inspect(is_function(f, 1), label: "is_function")
send(holder, {:call, self()})

receive do
  {:held, arity} -> IO.inspect(arity, label: "holder alive")
end

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "holder down")
end

IO.inspect(CV.Funs.make(5).(6), label: "new fun")
