# Two versions of a module: the current one and the old one.
src = fn v ->
  """
  defmodule CV.Basic do
    def version, do: #{v}
  end
  """
end

IO.inspect(:code.is_loaded(CV.Basic), label: "before")
IO.inspect(:erlang.check_old_code(CV.Basic), label: "old before")
[{mod, bin}] = Code.compile_string(src.(1))
IO.inspect({mod, is_binary(bin)})
IO.inspect(:code.is_loaded(CV.Basic), label: "loaded")
IO.inspect(:code.which(CV.Basic), label: "which")
IO.inspect(:code.module_status(CV.Basic), label: "status")
IO.inspect(:erlang.check_old_code(CV.Basic), label: "old after v1")
IO.inspect(CV.Basic.version())
Code.compile_string(src.(2))
IO.inspect(CV.Basic.version())
IO.inspect(:erlang.check_old_code(CV.Basic), label: "old after v2")
IO.inspect(:code.purge(CV.Basic), label: "purge")
IO.inspect(:erlang.check_old_code(CV.Basic), label: "old after purge")
IO.inspect(:code.purge(CV.Basic), label: "purge again")
IO.inspect(CV.Basic.version())
IO.inspect(:code.is_loaded(:no_such_module), label: "unknown")
IO.inspect(:code.which(:no_such_module), label: "which unknown")
IO.inspect(:code.module_status(:no_such_module), label: "status unknown")
IO.inspect(:erlang.check_old_code(:no_such_module), label: "old unknown")
IO.inspect(:code.purge(:no_such_module), label: "purge unknown")
IO.inspect(:code.soft_purge(:no_such_module), label: "soft unknown")
IO.inspect(:code.delete(:no_such_module), label: "delete unknown")
IO.inspect({CV.Basic, []} in :code.all_loaded(), label: "all_loaded")
